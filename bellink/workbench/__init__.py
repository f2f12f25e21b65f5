"""The analyst's workbench: what bellink gives people who check, share and show its facts.

* ``exports``: the deliveries as a SIPRI-style trade register, and the network of who supplies,
  meets and speaks with whom as GraphML/GEXF (networkx) for Gephi;
* ``report``: one self-contained HTML file about a system or an entity (plotly, offline);
* ``serve``: Datasette over the knowledge base with bellink's metadata, facets and canned queries.

Each module reads the database through ``bellink.queries`` or plain SQL and imports its library
(networkx, plotly, datasette) only when called, so query commands keep starting fast.
"""
