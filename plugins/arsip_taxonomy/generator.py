"""The index pages (/indeks/...) and the province pages that have no articles yet."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pelican.generators import Generator
from pelican.urlwrappers import Category

from arsip_core.keys import TAXONOMY_CONTEXT
from arsip_core.settings import setting
from arsip_taxonomy.provinces import (
    PROVINCE_PAGES,
    figures_by_province,
    missing_pages,
    province_order,
)
from arsip_taxonomy.terms import TAXONOMIES, Taxonomy, Term, build_all

logger = logging.getLogger(__name__)

CONTEXT_KEY = TAXONOMY_CONTEXT
TERM_TEMPLATE = "taxonomy_term"


@dataclass
class Index:
    """One taxonomy with its terms and where its index page goes."""

    taxonomy: Taxonomy
    url: str
    save_as: str
    terms: list[Term] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.taxonomy.id

    @property
    def name(self) -> str:
        return self.taxonomy.name


def allow_term_pagination(pelican) -> None:
    """Paginate term pages like category pages (a new dict: defaults are shared)."""
    templates = dict(pelican.settings.get("PAGINATED_TEMPLATES") or {})
    templates.setdefault(TERM_TEMPLATE, None)
    pelican.settings["PAGINATED_TEMPLATES"] = templates


def add_missing_provinces(generator) -> None:
    """Give every Kalimantan province and 'luar Kalimantan' a page, even when empty."""
    names = [category.name for category, _ in generator.categories]
    missing = missing_pages(names)
    for name in missing:
        generator.categories.append((Category(name, generator.settings), []))
    if missing:
        logger.info(
            "arsip_taxonomy: halaman provinsi tanpa berita: %s", ", ".join(missing)
        )
    # West to north, as on the maps and the timeline, not A to Z.
    generator.categories.sort(
        key=lambda pair: province_order(pair[0].name),
        reverse=generator.settings["REVERSE_CATEGORY_ORDER"],
    )


class TaxonomyGenerator(Generator):
    """Computes the indexes in generate_context and writes them in generate_output."""

    def generate_context(self):
        articles = list(self.context.get("articles") or [])
        settings = self.settings
        terms = build_all(
            articles, TAXONOMIES, setting(settings, "ARSIP_TAXONOMY_RELATED_LIMIT")
        )
        indexes = []
        for taxonomy in TAXONOMIES:
            for term in terms[taxonomy.id]:
                fmt = {"taxonomy": taxonomy.id, "slug": term.slug}
                term.url = setting(settings, "ARSIP_TAXONOMY_TERM_URL").format(**fmt)
                term.save_as = setting(settings, "ARSIP_TAXONOMY_TERM_SAVE_AS").format(
                    **fmt
                )
            fmt = {"taxonomy": taxonomy.id}
            indexes.append(
                Index(
                    taxonomy,
                    setting(settings, "ARSIP_TAXONOMY_URL").format(**fmt),
                    setting(settings, "ARSIP_TAXONOMY_SAVE_AS").format(**fmt),
                    terms[taxonomy.id],
                )
            )
        unknown = setting(settings, "ARSIP_UNKNOWN_PROVINCE")
        categories = {c.name: c for c, _ in self.context.get("categories") or []}
        self.context[CONTEXT_KEY] = {
            "url": setting(settings, "ARSIP_TAXONOMY_INDEX_URL"),
            "indexes": indexes,
            "by_id": {index.id: index for index in indexes},
            "provinces": figures_by_province(articles, PROVINCE_PAGES, unknown),
            "province_pages": [
                categories[n] for n in PROVINCE_PAGES if n in categories
            ],
            "categories": categories,
        }

    def generate_output(self, writer):
        data = self.context[CONTEXT_KEY]
        relative = self.settings["RELATIVE_URLS"]
        writer.write_file(
            setting(self.settings, "ARSIP_TAXONOMY_INDEX_SAVE_AS"),
            self.get_template("taxonomies"),
            self.context,
            relative,
            url=data["url"],
            page_name="indeks",
        )
        index_template = self.get_template("taxonomy")
        term_template = self.get_template(TERM_TEMPLATE)
        limit = setting(self.settings, "ARSIP_TAXONOMY_TERM_MAX_ITEMS") or None
        for index in data["indexes"]:
            writer.write_file(
                index.save_as, index_template, self.context, relative,
                url=index.url, index=index,
            )  # fmt: skip
            for term in index.terms:
                writer.write_file(
                    term.save_as,
                    term_template,
                    self.context,
                    relative,
                    # The newest ``limit`` only: a term of half the archive would
                    # repeat /semua/ page for page (issue 19).
                    paginated={"articles": list(term.items)[:limit]},
                    term_listed=min(len(term.items), limit or len(term.items)),
                    template_name=TERM_TEMPLATE,
                    url=term.url,
                    index=index,
                    term=term,
                    articles=term.items,
                )


def get_generators(pelican):
    return TaxonomyGenerator
