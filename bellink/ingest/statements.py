"""Who said what: direct and reported speech (filled in by the statements work)."""


def extract(analysis):
    return []
