"""Rich renderables for people: the who-said-what report and the diff view. Never prints.

In: quote, problem and group records. Out: ``rich`` renderables; every article-derived string
goes through ``safe`` first, so no article can restyle or take over a terminal.
"""
