from tests.temu import temu_site  # noqa: F401
