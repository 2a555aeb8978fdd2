"""Say who spoke: from the words a cue names to a canonical speaker, role, kind and gender.

In: a parsed ``Doc`` and the candidates of ``quotes.detect``. ``cast`` builds who the article
names (people with fullest names, roles and gender; organisations); ``speakers`` reads one
mention (a name, a title, a description, a pronoun, an anonymous source) and resolves what it
leaves open over the article's timeline of subjects and speakers. Out: ``Resolved`` speakers.
``people`` then gives the speakers a newsroom's people file names one canonical name and id.
"""
