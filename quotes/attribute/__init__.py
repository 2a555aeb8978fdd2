"""Say who spoke: from the words a cue names to a canonical speaker, role, kind and gender.

In: a parsed ``Doc`` and the candidates of ``quotes.detect``. ``names`` splits a person's name
(first name, surname with its particles, gender of a first name); ``roles`` finds the roles the
text gives a name (``role_extent``: where a role's words end); ``casting`` ties, once per
article, each name it gives to a person (its words: ``name_spans``), keyed by full name, with
roles, and gender from ``gender``; ``orgs`` keeps its
organisations by head noun; ``cast`` is the frozen result every rule reads; ``mentions``
trims a mention to the words that name; ``mention_names`` finds the name and the role
inside them;
``speakers`` reads one mention on its own (a name, a title, a description, a pronoun, an
anonymous source), into a ``resolved`` speaker; ``sources`` finds who issued the words a
mention names, "le communiqué du parti", ``issuers`` the subject of a verb of issuing it,
"a publié un communiqué";
``descriptions`` reads people by what or whose they are, "la famille de la victime";
``circles`` writes an entourage and unnamed members of a circle, "un proche de X", as an
anonymous source; ``seats`` reads a body named by its seat, "selon la rue de Grenelle");
``intro`` finds who a colon without a verb introduces; ``offices`` reads the office a
periphrasis names ("le chef de l'État"); ``latter`` finds who
« ce dernier » stands for; ``agreement`` reads the cue's participle and a quote's first
person; ``timeline`` resolves what a mention leaves open over the article's subjects and
speakers (``outlets`` tells the news outlets no pronoun stands for; ``described``, the
person a description names; ``topics``, the one « Quant à X » makes a sentence's topic);
``confidence`` says how often each path was right on annotated articles no rule was tuned
on. Out: ``Resolved`` speakers. Over a whole batch of quotes, ``batch`` fills descriptions,
roles and gender from the other articles (``batch_roles``, ``batch_genders``),
``article_names`` gives the names an article's whole text and title give, for grouping, and
``people`` gives the speakers a newsroom's people file names one canonical name, id, role and
gender.
"""
