"""Entity mentions (being written)."""


def annotate(analysis):
    return None
