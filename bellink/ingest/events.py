"""Deliveries, meetings, exercises, deployments, agreements (filled in by the events work)."""


def extract(analysis):
    return []
