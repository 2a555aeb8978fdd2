"""One row per construction: sentence -> (type, quote text, speaker, role, kind, cue).

Sentences come from the seed articles (seeds/) or are written in the same style. A column left
out of a row is not checked (``ANY``); ``None`` expects no value ("no speaker", "no role").
Known failures are marked xfail with the reason.
"""


import pytest
from conftest import ANY, beside_its_own_quote, quote_said, quotes_of


def row(text, qtype, quote, *, speaker=ANY, role=ANY, kind=ANY, cue=ANY, marks=()):
    """A table row; the columns not given are not checked."""
    return pytest.param(text, qtype, quote, speaker, role, kind, cue, marks=marks)



LEFT_OPEN = ("Jean Roux s’est dit « déçu, « trahi » et « humilié ». « Il y a de la colère », "
             "a-t-il confié.")
OBJECT_THEN_QUOTE = ("Paul Roux s’est dit, sur France Info, « indigné, « piégé » et « victime "
                     "d’un complot ». « Il y a de la tristesse », a-t-il confié.")
SAID_THEN_QUOTED = ("Devant la presse, Anne Roy a déclaré qu'elle restait une scientifique, "
                    "« les femmes peuvent changer la recherche », a-t-elle souligné.")

ROWS = [
    # ---- direct, postposed cue
    row(
        "« Nous pouvons rapidement renforcer les groupements tactiques », a déclaré M. "
        "Stoltenberg.",
        "direct", "Nous pouvons rapidement renforcer les groupements tactiques",
        speaker="Stoltenberg", kind="person", cue="a déclaré",
    ),
    row(
        "« Nous verrons », a affirmé Jens Stoltenberg, secrétaire général de l’Otan.",
        "direct", "Nous verrons",
        speaker="Jens Stoltenberg",
        role="secrétaire général de l’Otan",
        kind="person",
        cue="a affirmé",
    ),
    row(
        "« La situation est grave », a déclaré jeudi le ministre Jean Martin.",
        "direct", "La situation est grave",
        speaker="Jean Martin", kind="person", cue="a déclaré",
    ),
    row(
        "« Nous restons prudents », a indiqué un responsable de l’Otan.",
        "direct", "Nous restons prudents",
        speaker="un responsable de l’Otan",
        role=None,
        kind="anonymous",
        cue="a indiqué",
    ),
    row(
        "« Les discussions continuent », ont déclaré trois diplomates européens.",
        "direct", "Les discussions continuent",
        speaker="trois diplomates européens", kind="anonymous", cue="ont déclaré",
    ),
    row(
        "« Malheureusement, des sites ont été touchés », a précisé mardi l’armée de l’air "
        "ukrainienne.",
        "direct", "Malheureusement, des sites ont été touchés",
        speaker="armée de l’air ukrainienne", kind="organization", cue="a précisé",
    ),
    row(
        "« Le Kremlin n’a rien à ajouter », a répondu le Kremlin.",
        "direct", "Le Kremlin n’a rien à ajouter",
        speaker="Kremlin", kind="organization", cue="a répondu",
    ),
    row(
        "« Nous avons gagné », s’est exclamée Marie Dubois.",
        "direct", "Nous avons gagné",
        speaker="Marie Dubois", kind="person", cue="s’est exclamée",
    ),
    row(
        "« C’est une victoire » raconte Paul Leroy.",
        "direct", "C’est une victoire",
        speaker="Paul Leroy", kind="person", cue="raconte",
    ),
    row(
        "« Je ne veux pas dire cela », a déclaré à l’AFP Pierre Durand.",
        "direct", "Je ne veux pas dire cela",
        speaker="Pierre Durand", kind="person", cue="a déclaré",
    ),
    # ---- pronoun speakers
    row(
        "Joe Biden s’est exprimé mercredi. « Mais nous verrons », a-t-il ajouté.",
        "direct", "Mais nous verrons",
        speaker="Joe Biden", kind="person", cue="a-t-il ajouté",
    ),
    row(
        "L’armée de l’air a publié un bilan. « Des sites ont été touchés », a-t-elle ajouté.",
        "direct", "Des sites ont été touchés",
        speaker="armée de l’air", kind="organization", cue="a-t-elle ajouté",
    ),
    row(
        "Les dirigeants du G7 se sont réunis. « Nous réaffirmons notre soutien », ont-ils "
        "déclaré.",
        "direct", "Nous réaffirmons notre soutien",
        speaker="dirigeants du G7", kind="person", cue="ont-ils déclaré",
    ),
    row(
        "Lina Tavaro, représentante des îles Basses, a parlé. Jean Dupont, président de la séance, "
        "a suivi. « Je n’entends aucune objection », a-t-il déclaré.",
        "direct", "Je n’entends aucune objection",
        speaker="Jean Dupont", kind="person", cue="a-t-il déclaré",
    ),
    row(
        "Lina Tavaro, représentante des îles Basses, est arrivée. « Nous étions en train de "
        "travailler », a-t-elle justifié.",
        "direct", "Nous étions en train de travailler",
        speaker="Lina Tavaro", kind="person", cue="a-t-elle justifié",
    ),
    row(
        "« Je ne suis pas sorti de mes gonds », assure-t-il. Dans un entretien, le président de "
        "la fédération, Marc Delorme, évoque la décision.",
        "direct", "Je ne suis pas sorti de mes gonds",
        speaker="Marc Delorme", kind="person", cue="assure-t-il",
    ),
    row(
        "Le sélectionneur était là. « Merci à tous », poursuit-il.",
        "direct", "Merci à tous",
        cue="poursuit-il",
    ),
    # ---- nobody named: no speaker, no role, no cue is a value to check, not a blank
    row(
        "Il a été annoncé que la réunion était annulée.",
        "indirect", "la réunion était annulée",
        speaker=None, role=None, kind="unknown", cue="a été annoncé",
    ),
    row(
        "« Nous ne céderons rien. »",
        "direct", "Nous ne céderons rien.",
        speaker=None, role=None, kind="unknown", cue=None,
    ),
    # ---- an incise followed by the narrator's words: the quote resumes after them
    row(
        "« C’est un grand jour, a déclaré la joueuse dans une vidéo publiée lundi. Je remercie "
        "tous mes coéquipiers. »",
        "direct", "Je remercie tous mes coéquipiers.",
        role="joueuse", cue="a déclaré",
    ),
    row(
        "« C’est un grand jour, a déclaré la joueuse dans une vidéo publiée lundi. Je remercie "
        "tous mes coéquipiers. »",
        "direct", "C’est un grand jour",
        role="joueuse", cue="a déclaré",
    ),
    # ---- incises
    row(
        "Paul Leroy est venu. « Je fus frappé par le gris, écrit-il. Tout était gris. »",
        "direct", "Je fus frappé par le gris",
        speaker="Paul Leroy", kind="person", cue="écrit-il",
    ),
    row(
        "R. Sikorski a parlé. « Cela ne signifie pas la guerre », a-t-il néanmoins plaidé, « "
        "mais cela signifie que nous pourrons agir ».",
        "direct", "mais cela signifie que nous pourrons agir",
        speaker="R. Sikorski", kind="person", cue="a-t-il néanmoins plaidé",
    ),
    row(
        "« Maintenant, il ne faut pas oublier ces deux années, prévient Diallo.",
        "direct", "Maintenant, il ne faut pas oublier ces deux années",
        speaker="Diallo", kind="person", cue="prévient",
    ),
    # ---- an incise inside marks a frame gives after a colon: split, the frame's speaker
    row(
        "Dans son livre, Paul Martin raconte sa première nuit au poste : « Je n’ai pas dormi, "
        "écrit l’ancien ministre. Le bruit ne cessait jamais. »",
        "direct", "Je n’ai pas dormi",
        speaker="Paul Martin", kind="person", cue="écrit",
    ),
    row(
        "Dans son livre, Paul Martin raconte sa première nuit au poste : « Je n’ai pas dormi, "
        "écrit l’ancien ministre. Le bruit ne cessait jamais. »",
        "direct", "Le bruit ne cessait jamais.",
        speaker="Paul Martin", kind="person", cue="écrit",
    ),
    row(
        "L’entraîneuse Sophie Renard décrit la saison : « Nous avons beaucoup souffert, "
        "reconnaît-elle, mais nous avons tenu. »",
        "direct", "mais nous avons tenu.",
        speaker="Sophie Renard", role="entraîneuse", cue="reconnaît-elle",
    ),
    row(
        "Le maire Marc Petit a ajouté : « Nous partirons, a-t-il précisé, dès demain. »",
        "direct", "Nous partirons",
        speaker="Marc Petit", role="maire", cue="a-t-il précisé",
    ),
    # what a verb speaks of before a colon is not said: the marked stretch is the quote
    row(
        "La ministre Claire Dubois résume sa position : « Nous ne reculerons pas. »",
        "direct", "Nous ne reculerons pas.",
        speaker="Claire Dubois", role="ministre", cue="résume",
    ),
    # ... but the speaker's own words naming whom they quote are no incise
    row(
        "Paul Martin raconte sa défense : « Tout ira bien, a dit mon avocat. Nous avons gagné. »",
        "direct", "Tout ira bien, a dit mon avocat. Nous avons gagné.",
        speaker="Paul Martin", cue="raconte",
    ),
    row(
        "« Nous perdrons, a prévenu ma mère, si nous partons », raconte Julie Moreau.",
        "direct", "Nous perdrons, a prévenu ma mère, si nous partons",
        speaker="Julie Moreau", cue="raconte",
    ),
    # ---- the narrator's words after the closing mark are not the quote's
    row(
        "Le pape a poursuivi : « Je m’adresse à tous les peuples de la terre ! » suscitant les "
        "applaudissements de la foule.",
        "direct", "Je m’adresse à tous les peuples de la terre !",
        cue="a poursuivi",
    ),
    row(
        "La joueuse Léa Garnier a lancé : « Nous reviendrons plus forts l’an prochain » en "
        "souriant aux supporters.",
        "direct", "Nous reviendrons plus forts l’an prochain",
        speaker="Léa Garnier", cue="a lancé",
    ),
    # ... while marked words with no sentence end run on into the clause
    row(
        "Le sénateur Louis Bernard a dénoncé « un texte injuste » visant les plus pauvres.",
        "mixed", "« un texte injuste » visant les plus pauvres",
        speaker="Louis Bernard", cue="a dénoncé",
    ),
    # ---- "je" after a colon with no subject: the last single speaker, a source too
    row(
        "Le club a changé d’entraîneur. « Il sera tenace », confie un haut fonctionnaire de "
        "la ligue. Avant d’ajouter : « Je parie qu’il parlera bientôt à la presse. »",
        "direct", "Je parie qu’il parlera bientôt à la presse.",
        speaker="un haut fonctionnaire de la ligue", kind="anonymous", cue="Avant d’ajouter",
    ),
    row(
        "Le club a changé d’entraîneur. « Il sera combatif », confient des dirigeants de la "
        "ligue. Avant d’ajouter : « Je parie qu’il parlera bientôt à la presse. »",
        "direct", "Je parie qu’il parlera bientôt à la presse.",
        speaker=None, cue="Avant d’ajouter",
    ),
    # ---- direct, preposed cue and colon
    row(
        "Antony Blinken a toutefois déclaré « l’Ukraine deviendra membre de l’OTAN ».",
        "direct", "l’Ukraine deviendra membre de l’OTAN",
        speaker="Antony Blinken", kind="person", cue="a toutefois déclaré",
    ),
    row(
        "Le ministre a ajouté : « Mais nous verrons. »",
        "direct", "Mais nous verrons.",
        kind="person", cue="a ajouté",
    ),
    row(
        "Avant d’ajouter : « Je suis persuadé que c’est compliqué. »",
        "direct", "Je suis persuadé que c’est compliqué.",
        cue="Avant d’ajouter",
    ),
    row(
        "Le président émirati, Karim al-Nasser, a tranché : « C’est décidé ».",
        "direct", "C’est décidé",
        speaker="Karim al-Nasser", kind="person", cue="a tranché",
    ),
    row(
        "Le porte-parole Jean Dupont : « Nous ne commenterons pas cette décision. »",
        "direct", "Nous ne commenterons pas cette décision.",
        speaker="Jean Dupont", kind="person", cue=":",
    ),
    # ---- quote marks of every kind
    row(
        "Biden a affirmé : “Nous soutenons pleinement l’enquête polonaise.”",
        "direct", "Nous soutenons pleinement l’enquête polonaise.",
        speaker="Biden", kind="person", cue="a affirmé",
    ),
    row(
        '"Je ferme cette page de ma carrière", a écrit Antoine Lebrun.',
        "direct", "Je ferme cette page de ma carrière",
        speaker="Antoine Lebrun", kind="person", cue="a écrit",
    ),
    row(
        "«Les garanties n'étaient plus réunies», a déclaré Sébastien Lemarchand.",
        "direct", "Les garanties n'étaient plus réunies",
        speaker="Sébastien Lemarchand", kind="person", cue="a déclaré",
    ),
    row(
        "‹ Nous partons demain ›, a annoncé le capitaine Jean Morel.",
        "direct", "Nous partons demain",
        speaker="Jean Morel", kind="person", cue="a annoncé",
    ),
    row(
        '"Évidemment ce sont des questions importantes”, observe Philippe Dantec.',
        "direct", "Évidemment ce sont des questions importantes",
        speaker="Philippe Dantec", kind="person", cue="observe",
    ),
    row(
        "« Il m’a dit : “le mal existe” et je l’ai cru », a raconté Paul Leroy.",
        "direct", "Il m’a dit : “le mal existe” et je l’ai cru",
        speaker="Paul Leroy", kind="person", cue="a raconté",
    ),
    # ---- indirect
    row(
        "Jens Stoltenberg a déclaré qu’il y avait eu des communications avec Moscou.",
        "indirect", "il y avait eu des communications avec Moscou",
        speaker="Jens Stoltenberg", kind="person", cue="a déclaré",
    ),
    row(
        "Mais trois responsables américains ont déclaré que le missile avait été tiré par "
        "l’Ukraine.",
        "indirect", "le missile avait été tiré par l’Ukraine",
        speaker="trois responsables américains", kind="anonymous", cue="ont déclaré",
    ),
    row(  # an aside between the verb and « qu' »: the « qu' » opens no relative there
        "Le maire Paul Morel a déclaré, depuis Lyon, qu’il craignait qu’on attente à sa vie.",
        "indirect", "il craignait qu’on attente à sa vie",
        speaker="Paul Morel", cue="a déclaré",
    ),
    row(
        "La Pologne a déclaré mardi soir qu’elle envisageait de convoquer des consultations.",
        "indirect", "elle envisageait de convoquer des consultations",
        speaker="Pologne", kind="organization", cue="a déclaré",
    ),
    row(
        "Le gouvernement a annoncé vouloir réduire le déficit public.",
        "indirect", "vouloir réduire le déficit public",
        speaker="gouvernement", kind="organization", cue="a annoncé",
    ),
    row(
        "La Russie a promis de multiplier ce type d’attaques.",
        "indirect", "multiplier ce type d’attaques",
        speaker="Russie", kind="organization", cue="a promis",
    ),
    row(
        "Son avocat, Me Jérôme Astruc, a annoncé qu'il allait contester le verdict.",
        "indirect", "il allait contester le verdict",
        speaker="Jérôme Astruc", role="avocat", kind="person", cue="a annoncé",
    ),
    row(
        "Me Jérôme Astruc a aussitôt annoncé faire appel de la sanction.",
        "indirect", "faire appel de la sanction",
        speaker="Jérôme Astruc", kind="person", cue="a aussitôt annoncé",
    ),
    row(
        "Le joueur assurait dans l'émission Stade 3 en octobre qu'il ne comptait pas arrêter.",
        "indirect", "il ne comptait pas arrêter",
        kind="person", cue="assurait",
    ),
    row(
        "L’acteur Jean Martin avait reconnu en juin devant les juges avoir bousculé la plaignante.",
        "indirect", "avoir bousculé la plaignante",
        speaker="Jean Martin", kind="person", cue="avait reconnu",
    ),
    # an indirect question, object of a verb of the content, is no subject of a later cue:
    # the content runs on past it
    row(
        "Le recteur a déclaré qu'une enquête interne avait été ouverte pour examiner comment les "
        "candidats ont été recrutés et qu'un comité aurait lieu pour garantir que le concours "
        "soit équitable.",
        "indirect", "une enquête interne avait été ouverte pour examiner comment les candidats "
        "ont été recrutés et qu'un comité aurait lieu pour garantir que le concours soit "
        "équitable",
        speaker=None, role="recteur", cue="a déclaré",
    ),
    # « X, selon qui … »: « qui » stands for the phrase before the comma, the whole clause
    # after it is X's, marks and all
    row(
        "La brigade est sur place, a précisé M. Roux, selon qui le voleur \"ne dit rien\" depuis "
        "son arrestation.",
        "mixed", "le voleur \"ne dit rien\" depuis son arrestation",
        speaker="Roux", cue="selon qui",
    ),
    row(
        "Le chantier a pris du retard, a reconnu la maire, selon qui les travaux reprendront en "
        "mai.",
        "indirect", "les travaux reprendront en mai", role="maire", cue="selon qui",
    ),
    # must not fire: a conjunction after a noun, not after a verb, opens the narrator's clause
    row(
        "Le maire a assuré que le chantier reprendrait en mai, quand le préfet a affirmé que rien "
        "n'était signé.",
        "indirect", "le chantier reprendrait en mai",
        role="maire", cue="a assuré",
    ),
    row(
        "Jens Stoltenberg a déclaré qu’il y avait eu des échanges, mais a refusé de divulguer "
        "leur contenu.",
        "indirect", "il y avait eu des échanges",
        speaker="Jens Stoltenberg", kind="person", cue="a déclaré",
    ),
    row(
        "La semaine dernière, il a été rapporté que le directeur de la CIA avait rencontré son "
        "homologue.",
        "indirect", "le directeur de la CIA avait rencontré son homologue",
        kind="unknown", cue="a été rapporté",
    ),
    row(
        "Le National a été informé par des sources de sécurité polonaises qu’il était possible "
        "que les coordonnées soient fausses.",
        "indirect", "il était possible que les coordonnées soient fausses",
        speaker="des sources de sécurité polonaises", kind="anonymous", cue="a été informé",
    ),
    row(
        "Les troupes seraient entraînées en Pologne, a précisé R. Sikorski.",
        "indirect", "Les troupes seraient entraînées en Pologne",
        speaker="R. Sikorski", kind="person", cue="a précisé",
    ),
    row(
        "Des responsables ont utilisé une ligne d’urgence, a révélé le chef de l’alliance.",
        "indirect", "Des responsables ont utilisé une ligne d’urgence",
        role="chef de l’alliance", kind="person", cue="a révélé",
    ),
    row(
        "L’indice des prix a progressé de 4 % en un an, note La Croix.",
        "indirect", "L’indice des prix a progressé de 4 % en un an",
        speaker="La Croix", kind="organization", cue="note",
    ),
    row(
        "Le pape a invité les croyants à avancer ensemble.",
        "indirect", "avancer ensemble",
        cue="a invité",
    ),
    row(
        "L’Ukraine a demandé à ses alliés de lui fournir des systèmes de défense.",
        "indirect", "lui fournir des systèmes de défense",
        speaker="Ukraine", kind="organization", cue="a demandé",
    ),
    # ---- mixed
    row(
        "Joe Biden a déclaré qu’il était “peu probable” qu’il ait été tiré depuis la Russie.",
        "mixed", "il était “peu probable” qu’il ait été tiré depuis la Russie",
        speaker="Joe Biden", kind="person", cue="a déclaré",
    ),
    row(
        "La porte-parole en chef de l’OTAN, Oana Lungescu, a décrit l’explosion comme un "
        "“incident tragique”.",
        "mixed", "l’explosion comme un “incident tragique”",
        speaker="Oana Lungescu",
        role="porte-parole en chef de l’OTAN",
        kind="person",
        cue="a décrit",
    ),
    # a possessive before one marked stretch is the narrator's: the marks alone; an article
    # or words after the marks keep the content whole
    row(
        "Le sénateur Paul Ravel a dit son « profond soulagement ».",
        "mixed", "« profond soulagement »",
        speaker="Paul Ravel", cue="a dit",
    ),
    row(
        "La maire Lina Vasseur a exprimé ses « pensées pour les familles des victimes ».",
        "mixed", "« pensées pour les familles des victimes »",
        speaker="Lina Vasseur", cue="a exprimé",
    ),
    row(
        "Le préfet Marc Olier a salué un « geste fort ».",
        "mixed", "un « geste fort »",
        speaker="Marc Olier", cue="a salué",
    ),
    row(
        "La ministre Claire Dumont a dit son « soulagement » après le vote.",
        "mixed", "son « soulagement » après le vote",
        speaker="Claire Dumont", cue="a dit",
    ),
    # … but not when it opens a reported clause's subject: after « que », after « selon »,
    # before a postposed cue or an incise, or when the marks hold a finite verb
    row(
        "La maire Inès Carlier a assuré que sa « porte reste grande ouverte ».",
        "mixed", "sa « porte reste grande ouverte »",
        speaker="Inès Carlier", cue="a assuré",
    ),
    row(
        "Selon la maire Inès Carlier, leur « projet ne tient pas la route ».",
        "mixed", "leur « projet ne tient pas la route »",
        speaker="Inès Carlier",
    ),
    row(
        "Sa « décision est prise », a confié l'entraîneur Hugo Lemaire.",
        "mixed", "Sa « décision est prise »",
        speaker="Hugo Lemaire", cue="a confié",
    ),
    row(
        "Son « soulagement », a dit le sénateur Paul Ravel, « est immense ».",
        "mixed", "Son « soulagement »",
        speaker="Paul Ravel", cue="a dit",
    ),
    # … each guard on its own, the marks holding no finite verb: after « selon » and before a
    # postposed cue (no verb takes the marks as its object), and after « que »
    row(
        "Selon la maire Inès Carlier, leur « erreur historique ».",
        "mixed", "leur « erreur historique »",
        speaker="Inès Carlier",
    ),
    row(
        "Sa « grande fierté », a confié l'entraîneur Hugo Lemaire.",
        "mixed", "Sa « grande fierté »",
        speaker="Hugo Lemaire", cue="a confié",
    ),
    row(
        "La maire Inès Carlier a assuré que sa « porte, grande ouverte ».",
        "mixed", "sa « porte, grande ouverte »",
        speaker="Inès Carlier", cue="a assuré",
    ),
    row(
        # the verb's « de » stays out, as after « qualifié de » (GUIDELINES, Spans), and so does
        # the possessive before the marks of the cue's object (GUIDELINES, « A marked object
        # with its article »): the marks alone
        "La maire Inès Carlier a témoigné de sa « gratitude ».",
        "mixed", "« gratitude »",
        speaker="Inès Carlier", cue="a témoigné",
    ),
    row(
        "Le ministre Paul Ravel a répété son « nous ne céderons pas ».",
        "mixed", "son « nous ne céderons pas »",
        speaker="Paul Ravel", cue="a répété",
    ),
    row(
        "Il ajoute que « défendre ces couleurs a été une fierté ».",
        "mixed", "« défendre ces couleurs a été une fierté »",
        cue="ajoute",
    ),
    row(
        "Le gouvernement ukrainien avait annoncé qu’il attendait des « résultats concrets » de "
        "la réunion.",
        "mixed", "il attendait des « résultats concrets » de la réunion",
        speaker="gouvernement ukrainien", kind="organization", cue="avait annoncé",
    ),
    row(
        "La réunion sera l’occasion de discuter de « la situation actuelle en Ukraine », a "
        "indiqué un responsable de l’Otan.",
        "mixed", "La réunion sera l’occasion de discuter de « la situation actuelle en Ukraine »",
        speaker="un responsable de l’Otan", kind="anonymous", cue="a indiqué",
    ),
    row(
        "Dmytro Kouleba s’est dit « fatigué de devoir convaincre » ses alliés.",
        "mixed", "« fatigué de devoir convaincre » ses alliés",
        speaker="Dmytro Kouleba", kind="person", cue="s’est dit",
    ),
    row(
        "Le tribunal a relevé la “rigueur excessive” des échanges.",
        "mixed", "la “rigueur excessive” des échanges",
        speaker="tribunal", kind="organization", cue="a relevé",
    ),
    # words outside the marks that only say where or to whom they were given are the
    # narrator's: the marked stretch is the quote (fixtures/gold/GUIDELINES.md, Spans)
    row(
        "Le ministre a salué sur France Inter « un geste fort ».",
        "direct", "un geste fort", cue="a salué",
    ),
    row(
        "Le juge a salué dans un communiqué, lundi 3 mars, « la dignité des familles ».",
        "direct", "la dignité des familles", cue="a salué",
    ),
    row(
        "La sénatrice Anne Morel a décrit sur RTL « une nuit terrible » tandis que son adjoint "
        "a salué sur Twitter « un vrai courage ».",
        "direct", "une nuit terrible", speaker="Anne Morel", cue="a décrit",
    ),
    row(
        "Marie Dupont a déclaré être très fatiguée à Reuters.",
        "indirect", "être très fatiguée", speaker="Marie Dupont", cue="a déclaré",
    ),
    row(
        "Le maire a salué un « grand serviteur » et un « ami fidèle » sur son blog.",
        "mixed", "un « grand serviteur » et un « ami fidèle »", cue="a salué",
    ),
    # ... but an article before the marks, a que or a de, a verb or a relative outside them, or
    # a verb of speaking in the content keep the words where they are
    row(
        "Le syndicat a dénoncé une « provocation » dans un communiqué.",
        "mixed", "une « provocation »", speaker="syndicat", cue="a dénoncé",
    ),
    row(
        "Il a répété qu'il fallait « tenir bon ».",
        "mixed", "il fallait « tenir bon »", cue="a répété",
    ),
    row(
        "Le maire a qualifié le projet de « pari risqué » sur RTL.",
        "mixed", "le projet de « pari risqué »", cue="a qualifié",
    ),
    row(
        "Le ministre a salué sur RTL des élus qui ont « tenu bon ».",
        "mixed", "sur RTL des élus qui ont « tenu bon »", cue="a salué",
    ),
    row(
        "Paul Roux a annoncé vouloir s'exprimer bientôt sur RTL.",
        "indirect", "vouloir s'exprimer bientôt sur RTL", speaker="Paul Roux", cue="a annoncé",
    ),
    row(
        "Anne Vidal a promis qu'elle enverrait une réponse dans un communiqué.",
        "indirect", "elle enverrait une réponse dans un communiqué", speaker="Anne Vidal",
    ),
    # « qu' » parted by a space from the next word: the clause starts after its apostrophe
    row(
        "Le groupe précise qu' « aucune fermeture n'est prévue avant 2030 ».",
        "mixed", "« aucune fermeture n'est prévue avant 2030 »", cue="précise",
    ),
    row(
        "Le maire Paul Henry a déclaré qu' il restait serein.",
        "indirect", "il restait serein", speaker="Paul Henry", cue="a déclaré",
    ),
    row(
        "Il a dit que l' équipe restait unie.",
        "indirect", "l' équipe restait unie", cue="a dit",
    ),
    # ---- selon / d'après
    row(
        "Les ambassadeurs devraient réaffirmer leur soutien, selon l’un d’entre eux.",
        "indirect", "Les ambassadeurs devraient réaffirmer leur soutien",
        speaker="l’un d’entre eux", kind="anonymous", cue="selon",
    ),
    row(
        "Selon la procureure de Nancy Hélène Brossard, les enquêteurs ont retrouvé une écharpe "
        "rouge.",
        "indirect", "les enquêteurs ont retrouvé une écharpe rouge",
        speaker="Hélène Brossard", kind="person", cue="Selon",
    ),
    row(
        "D'après le président, cette mise au point pourrait être utile.",
        "indirect", "cette mise au point pourrait être utile",
        role="président", kind="person", cue="D'après",
    ),
    row(
        "La scène a été photographiée par un passant, selon une source policière.",
        "indirect", "La scène a été photographiée par un passant",
        speaker="une source policière", kind="anonymous", cue="selon",
    ),
    row(
        "Selon les explications de l’Insee, la baisse serait due au ralentissement des prix.",
        "indirect", "la baisse serait due au ralentissement des prix",
        speaker="Insee", kind="organization", cue="Selon",
    ),
    # « selon X » after an incise whose subject follows its verb: X relays the words, the
    # incise's subject said them
    row(
        "Le ministre a quitté ses fonctions, a déclaré l’Elysée, selon l’AFP.",
        "indirect", "Le ministre a quitté ses fonctions",
        speaker="Elysée", kind="organization", cue="a déclaré",
    ),
    row(
        "Le préfet a accepté la démission du maire, une « décision courageuse », a fait savoir "
        "la préfecture, selon Reuters.",
        "mixed", "Le préfet a accepté la démission du maire, une « décision courageuse »",
        speaker="préfecture", kind="organization", cue="a fait savoir",
    ),
    # after a colon, « selon X » opens the words after it, not those before the colon
    row(
        "Le toit a brûlé. Il s'en est fallu de peu : selon le préfet Marc Hamel, les pompiers "
        "ont sauvé la nef à dix minutes près.",
        "indirect", "les pompiers ont sauvé la nef à dix minutes près", speaker="Marc Hamel",
        cue="selon",
    ),
    row(
        "La digue a cédé. Mais le pire a été évité: selon la maire Léa Garnier, l'eau s'est "
        "arrêtée « à quelques mètres des maisons ».",
        "mixed", "l'eau s'est arrêtée « à quelques mètres des maisons »", speaker="Léa Garnier",
        cue="selon",
    ),
    # a phrase after the source's noun that ends on a name is the source's, however long
    row(
        "Selon le secrétaire d'État à la Jeunesse Paul Morel, le stade rouvrira en mai.",
        "indirect", "le stade rouvrira en mai", speaker="Paul Morel", cue="Selon",
    ),
    row(
        "Selon le délégué aux sports de Rieux Anne Vidal, le stade rouvrira en mai.",
        "indirect", "le stade rouvrira en mai", speaker="Anne Vidal", cue="Selon",
    ),
    # a relative clause after the source is no incise of the words before it
    row(
        "Les syndicats ont refusé de signer, selon la direction, qui a déclaré regretter ce choix.",
        "indirect", "Les syndicats ont refusé de signer",
        speaker="direction", cue="selon",
    ),
    # ---- multi-paragraph and unclosed
    row(
        "Jens Stoltenberg a parlé. « Nous n’avons aucune indication d’une attaque délibérée. "
        "Mais je pense que cela démontre les dangers.\n\nLa suite est connue.",
        "direct", "Nous n’avons aucune indication d’une attaque délibérée. Mais je pense que "
                  "cela démontre les dangers.",
        speaker="Jens Stoltenberg", kind="person",
    ),
    row(
        "Nicolas Sorel a raconté sa détention. « Premier paragraphe de son récit.\n\n« Second "
        "paragraphe du récit. »",
        "direct", "Second paragraphe du récit.",
        speaker="Nicolas Sorel", kind="person",
    ),
    # ---- descriptions resolved to the named person
    row(
        "R. Sikorski, ministre polonais, est arrivé jeudi. Le chef de la diplomatie polonaise a "
        "déclaré que le bloc avait décidé de créer une mission.",
        "indirect", "le bloc avait décidé de créer une mission",
        speaker="R. Sikorski", kind="person", cue="a déclaré",
    ),
    row(
        "Marc Delorme, le président de la FFR, a parlé. « Je ne suis pas sorti de mes gonds "
        "», affirme le président de la Fédération française de rugby.",
        "direct", "Je ne suis pas sorti de mes gonds",
        speaker="Marc Delorme", kind="person", cue="affirme",
    ),
    row(
        "Ses trois enfants ont parlé. Albert Vannier est mort, ont annoncé ses enfants.",
        "indirect", "Albert Vannier est mort",
        speaker="enfants d’Albert Vannier", kind="person", cue="ont annoncé",
    ),
    # ---- "Pour X, …": the view of X, cued by "Pour"
    row(
        "Mais pour les syndicats, la réforme reste injuste.",
        "indirect", "la réforme reste injuste",
        speaker="syndicats", kind="organization", cue="pour",
    ),
    row(
        "Pour Anne Roy, maire de Lens, le projet arrive trop tard.",
        "indirect", "le projet arrive trop tard",
        speaker="Anne Roy", role="maire de Lens", kind="person", cue="Pour",
    ),
    # a word of time or a link between a named holder and its comma; marks right after it
    row(
        "Mais pour le syndicat Solidaires aujourd'hui, « la grève doit continuer jusqu'au "
        "retrait du texte ».",
        "direct", "la grève doit continuer jusqu'au retrait du texte",
        speaker="Solidaires", kind="organization", cue="pour",
    ),
    row(
        "Pour la CFDT aujourd'hui, « la négociation reste possible avec la direction ».",
        "direct", "la négociation reste possible avec la direction",
        speaker="CFDT", kind="organization", cue="Pour",
    ),
    row(
        "Pour la députée Claire Vasseur aussi, le gouvernement se retrouve plus isolé que jamais.",
        "indirect", "le gouvernement se retrouve plus isolé que jamais",
        speaker="Claire Vasseur", role="députée", cue="Pour",
    ),
    # the clause's verb read as an infinitive by the tagger, with its own subject
    row(
        "Pour le porte-parole du parti Marc Lenoir, Paul Roy aggrave la crise avec ce choix.",
        "indirect", "Paul Roy aggrave la crise avec ce choix",
        speaker="Marc Lenoir", role="porte-parole du parti", cue="Pour",
    ),
    row(
        "Pour le chef de file des écologistes Marc Lenoir, le président aggrave la crise avec "
        "cette nomination.",
        "indirect", "le président aggrave la crise avec cette nomination",
        speaker="Marc Lenoir", role="chef de file des écologistes", cue="Pour",
    ),
    # a colon after the clause opens the holder's own words: the clause stops there
    row(
        "Pour le maire Paul Roy, le projet va trop loin : « Nous ferons appel de cette décision "
        "dès lundi. »",
        "indirect", "le projet va trop loin", speaker="Paul Roy", role="maire", cue="Pour",
    ),
    row(
        "Pour le maire Paul Roy, le projet va trop loin : « Nous ferons appel de cette décision "
        "dès lundi. »",
        "direct", "Nous ferons appel de cette décision dès lundi.",
        speaker="Paul Roy", role="maire", cue="Pour",
    ),
    row(
        "Pour l'avocate Anne Vial, le dossier est vide : « Mon client n'a jamais vu ces "
        "documents. »",
        "direct", "Mon client n'a jamais vu ces documents.",
        speaker="Anne Vial", role="avocate", cue="Pour",
    ),
    # marks right after the comma are the holder's words, whatever the tagger reads in them;
    # a holder whose head the tagger took for a proper noun is one when a name is in it
    row(
        "Pour l'entraîneur Marc Lenoir, « une victoire méritée et enfin la confiance "
        "retrouvée ».",
        "direct", "une victoire méritée et enfin la confiance retrouvée",
        speaker="Marc Lenoir", role="entraîneur", cue="Pour",
    ),
    row(
        "Pour son attachée de presse, Lucie Hamon, « ce choix honore toute l'équipe ».",
        "direct", "ce choix honore toute l'équipe",
        speaker="Lucie Hamon", role="attachée de presse", cue="Pour",
    ),
    row(  # a place holds no view
        "Pour la France, « un match décisif et une qualification en jeu ».",
        "direct", "un match décisif et une qualification en jeu", speaker=None, cue=None,
    ),
    # ---- roles as their own field
    row(
        "Le président américain Joe Biden a confirmé qu’il était peu probable que le missile "
        "vienne de Russie.",
        "indirect", "il était peu probable que le missile vienne de Russie",
        speaker="Joe Biden", role="président américain", kind="person", cue="a confirmé",
    ),
    row(
        "« Je ne peux pas imaginer cela », a affirmé le chef du Comité militaire de l’Otan, "
        "l’amiral néerlandais Rob Bauer.",
        "direct", "Je ne peux pas imaginer cela",
        # two roles at one place: the primary function (fixtures/gold/GUIDELINES.md)
        speaker="Rob Bauer", role="chef du Comité militaire de l’Otan", kind="person",
        cue="a affirmé",
    ),
    row(
        "Dmitri Peskov, porte-parole du Kremlin, avait fustigé une organisation « conçue comme "
        "une alliance ».",
        "mixed", "une organisation « conçue comme une alliance »",
        speaker="Dmitri Peskov", role="porte-parole du Kremlin", kind="person", cue="avait fustigé",
    ),
    # words of a role in quotation marks are part of it; the role is shown without the marks
    row(
        "L’annonce a été lue par le cardinal Paul Moreau, le « camerlingue » du Vatican, depuis "
        "la basilique. « Nous prions pour lui », a-t-il dit.",
        "direct", "Nous prions pour lui",
        speaker="Paul Moreau", role="camerlingue du Vatican", cue="a-t-il dit",
    ),
    row(
        "« Nous verrons », a déclaré Anne Roy, la « patronne » des socialistes de Lens.",
        "direct", "Nous verrons", speaker="Anne Roy", role="patronne des socialistes de Lens",
    ),
    # … but a mark that opens a quotation ends the apposition; marked words no role noun heads
    # are no role
    row(
        "« Nous verrons », a déclaré Anne Roy, maire, « sans tarder ».",
        "direct", "Nous verrons", speaker="Anne Roy", role="maire",
    ),
    row(
        "Paul Roux, le « Monsieur sécurité » du gouvernement, a parlé. « Nous verrons », a-t-il "
        "dit.",
        "direct", "Nous verrons", speaker="Paul Roux", role=None,
    ),
    # a name after « chez » or « de » completes an apposed role, a company the recogniser
    # takes for a person included; a name after a comma or another preposition does not
    row(
        "« Le titre surprend encore une fois », estime Julie Caron, analyste chez Orvane "
        "Capital.",
        "direct", "Le titre surprend encore une fois",
        speaker="Julie Caron", role="analyste chez Orvane Capital", cue="estime",
    ),
    row(
        "« Nous ferons appel », a déclaré Anne Roy, avocate, Paul Morel et Léa Martin.",
        "direct", "Nous ferons appel", speaker="Anne Roy", role="avocate",
    ),
    row(
        "« Nous ferons appel », a déclaré Anne Roy, maire, avec Paul Morel.",
        "direct", "Nous ferons appel", speaker="Anne Roy", role="maire",
    ),
    # a role after a preposition in a participle clause opening the sentence is someone
    # else's: the clause's subject is the name after it; an inverted subject's is its own
    row(
        "Accompagné de sa femme et de son avocat, Paul Roux, avait ironisé en arrivant. « Les "
        "chefs sont aux abris », a-t-il dit.",
        "direct", "Les chefs sont aux abris", speaker="Paul Roux", role=None,
    ),
    row(
        "Accompagné de son avocat, Paul Roux, maire de Lens, avait ironisé en arrivant. « Les "
        "chefs sont aux abris », a-t-il dit.",
        "direct", "Les chefs sont aux abris", speaker="Paul Roux", role="maire de Lens",
    ),
    row(
        "« Les chefs sont aux abris », a déclaré son avocat, Paul Roux, devant le tribunal.",
        "direct", "Les chefs sont aux abris", speaker="Paul Roux", role="avocat",
    ),
    row(
        "La venue du ministre, Paul Roux, a surpris. « Les chefs sont aux abris », a-t-il dit.",
        "direct", "Les chefs sont aux abris", speaker="Paul Roux", role="ministre",
    ),
    # the name apposed to the clause's complement, another subject after it: the role is its own
    row(
        "Reçue par le ministre marocain de l’Intérieur, Karim Alami, la ministre a plaidé pour "
        "un nouveau départ. M. Alami a salué « une visite attendue ».",
        "direct", "une visite attendue",
        speaker="Karim Alami", role="ministre marocain de l’Intérieur",
    ),
    # a description of a kind that covers a role the article names restates it: the closest
    # role before the quote; one that covers another role, or any role, does not
    row(
        "La généticienne Anne Roy a reçu le prix Nobel de chimie. La chercheuse dirige "
        "aujourd'hui un laboratoire à Berlin. « J'étais très émue », a déclaré Anne Roy.",
        "direct", "J'étais très émue", speaker="Anne Roy", role="chercheuse",
    ),
    row(
        "La directrice de l'hôpital, Anne Roy, a reçu le prix. La chercheuse dirige aujourd'hui "
        "un laboratoire à Berlin. « J'étais très émue », a déclaré Anne Roy.",
        "direct", "J'étais très émue", speaker="Anne Roy", role="directrice de l'hôpital",
    ),
    row(
        "Le directeur de l'usine, Paul Roux, a reçu les syndicats. Le responsable dirige "
        "aujourd'hui trois sites. « Nous tiendrons », a déclaré Paul Roux.",
        "direct", "Nous tiendrons", speaker="Paul Roux", role="directeur de l'usine",
    ),
    # « son poste de … », « ses fonctions de … » after the subject: its role when the article
    # gives no other; the role ends before a purpose infinitive
    row(
        "Marc Lenoir a annoncé qu’il quittait son poste d’entraîneur du FC Nantes. « Je pense "
        "que c’est le moment », a déclaré le champion du monde.",
        "direct", "Je pense que c’est le moment",
        speaker="Marc Lenoir", role="entraîneur du FC Nantes", cue="a déclaré",
    ),
    row(
        "Anne Roy occupe depuis 2019 ses fonctions de directrice de l’école. « Nous manquons de "
        "moyens », a-t-elle déclaré.",
        "direct", "Nous manquons de moyens", speaker="Anne Roy", role="directrice de l’école",
    ),
    row(
        "Paul Roux a annoncé qu’il démissionnait de son poste de Premier ministre pour "
        "laisser la place. « Je pars », a-t-il déclaré.",
        "direct", "Je pars", speaker="Paul Roux", role="Premier ministre",
    ),
    row(
        "Paul Roux, maire de Lens, a annoncé qu’il quittait ses fonctions de président du club. "
        "« Je pars », a-t-il déclaré.",
        "direct", "Je pars", speaker="Paul Roux", role="maire de Lens",
    ),
    # a post of theirs is the fuller form of a bare role noun given to the name (« le ministre
    # Roux »); a post of another noun, or a role that is no bare noun, leaves the role given
    row(
        "Le ministre Roux démissionne. Paul Roux quitte son poste de ministre de la Santé après "
        "la crise des urgences. « J’assume », a déclaré Roux.",
        "direct", "J’assume", speaker="Paul Roux", role="ministre de la Santé",
    ),
    row(
        "La directrice Anne Roy s’en va. Anne Roy a annoncé qu’elle quittait ses fonctions de "
        "directrice du musée des Beaux-Arts. « Je pars sereine », a-t-elle dit.",
        "direct", "Je pars sereine", speaker="Anne Roy", role="directrice du musée des Beaux-Arts",
    ),
    row(
        "Le ministre Roux démissionne. Paul Roux quitte aussi son poste de président du club. "
        "« J’assume », a déclaré Roux.",
        "direct", "J’assume", speaker="Paul Roux", role="ministre",
    ),
    row(
        "Le ministre de la Culture Paul Roux démissionne. Paul Roux quitte son poste de ministre "
        "de la Santé. « J’assume », a déclaré Roux.",
        "direct", "J’assume", speaker="Paul Roux", role="ministre de la Culture",
    ),
    # someone else comes first: whose post it is is in doubt; no possessive: a post sought
    row(
        "Paul Roux a dit au maire qu’il quittait son poste de président du club. « Je pars », "
        "a-t-il déclaré.",
        "direct", "Je pars", speaker="Paul Roux", role=None,
    ),
    row(
        "Paul Roux brigue le poste de maire de Rodez. « Je suis prêt », a-t-il déclaré.",
        "direct", "Je suis prêt", speaker="Paul Roux", role=None,
    ),
    # ---- a purpose infinitive inside the reported clause is no cue that would cut it
    row(
        "Les ministres se retrouveront mardi à Lisbonne pour évoquer les suites du vote, a "
        "annoncé le ministère.",
        "indirect", "Les ministres se retrouveront mardi à Lisbonne pour évoquer les suites du "
        "vote",
        speaker="ministère", cue="a annoncé",
    ),
    row(
        "Une cellule de crise se tiendra demain à Lille pour évoquer avec les familles la suite "
        "des recherches, a précisé la préfète, Claire Duval.",
        "indirect", "Une cellule de crise se tiendra demain à Lille pour évoquer avec les familles "
        "la suite des recherches",
        speaker="Claire Duval", kind="person", cue="a précisé",
    ),
    # nor is one another verb governs that reports nothing (« n'est à déplorer », « ne peut
    # pas le contester »): the words of the cue after it run to the start of the sentence
    row(
        "Malgré la violence de la tempête, aucun blessé n'est à déplorer dans la commune, a "
        "précisé le chef des pompiers de Quimper, Marc Dupuis.",
        "indirect", "Malgré la violence de la tempête, aucun blessé n'est à déplorer dans la "
        "commune", speaker="Marc Dupuis", role="chef des pompiers de Quimper", cue="a précisé",
    ),
    row(
        "Il y a eu des jets de pierres, ça on ne peut pas le contester, a reconnu la maire de "
        "Vannes, Claire Morin.",
        "indirect", "Il y a eu des jets de pierres, ça on ne peut pas le contester",
        speaker="Claire Morin", role="maire de Vannes", cue="a reconnu",
    ),
    row(
        "La direction a voulu dire que les salaires baisseront, a précisé la déléguée syndicale "
        "Anne Rivet.",
        "indirect", "les salaires baisseront", speaker="direction", cue="dire",
    ),
    # it still reports what it introduces: marks, a que-clause; the cue keeps its « pour »
    row(
        "Nora Vidal a pris la parole pour dénoncer « une injustice flagrante ».",
        "direct", "une injustice flagrante", speaker="Nora Vidal", cue="pour dénoncer",
    ),
    row(
        "Le député Paul Arnaud est venu pour expliquer que le projet était abandonné.",
        "indirect", "le projet était abandonné", cue="pour expliquer",
    ),
    # ---- a negated infinitive keeps its negation; « appeler à » with no object first
    row(
        "Marc Olivier a dit ne pas savoir où se trouvait son frère.",
        "indirect", "ne pas savoir où se trouvait son frère",
        speaker="Marc Olivier", kind="person", cue="a dit",
    ),
    row(
        "Les enseignants ont assuré n'en rien savoir.",
        "indirect", "n'en rien savoir", speaker="enseignants", cue="ont assuré",
    ),
    row(
        "Yasmine Belkacem promet de ne plus augmenter les impôts.",
        "indirect", "ne plus augmenter les impôts",
        speaker="Yasmine Belkacem", kind="person", cue="promet",
    ),
    row(
        "La maire de Nantes, Julie Roche, appelle à ne pas céder à la panique.",
        "indirect", "ne pas céder à la panique", speaker="Julie Roche", cue="appelle",
    ),
    row(
        "Les syndicats ont appelé à cesser le travail dès lundi.",
        "indirect", "cesser le travail dès lundi", speaker="syndicats", cue="ont appelé",
    ),
    # « ne » then « pas » opens an infinitive, with a mark between them or a verb the tagger
    # misreads; after an object too
    row(
        "Le maire de Vannes, Hugo Ferrand, appelle à ne « pas céder à la rumeur ».",
        "mixed", "ne « pas céder à la rumeur »", speaker="Hugo Ferrand", cue="appelle",
    ),
    row(
        "La préfète Anne Vidal appelle les riverains à ne « plus sortir sans masque ».",
        "mixed", "ne « plus sortir sans masque »", speaker="Anne Vidal", cue="appelle",
    ),
    row(
        "Le président du club, Marc Girard, a appelé les supporters à ne plus siffler.",
        "indirect", "ne plus siffler", speaker="Marc Girard", cue="a appelé",
    ),
    # ---- an infinitive after its clitics
    row(
        "Léa Fontaine dit en avoir assez des promesses non tenues.",
        "indirect", "en avoir assez des promesses non tenues",
        speaker="Léa Fontaine", kind="person", cue="dit",
    ),
    row(
        "Karim Benali assure s'être déjà excusé auprès de ses coéquipiers.",
        "indirect", "s'être déjà excusé auprès de ses coéquipiers",
        speaker="Karim Benali", kind="person", cue="assure",
    ),
    row(
        "L'entraîneuse, Nadia Royer, affirmait mardi l'avoir prévenu à plusieurs reprises.",
        "indirect", "l'avoir prévenu à plusieurs reprises",
        speaker="Nadia Royer", kind="person", cue="affirmait",
    ),
    row(
        "Les deux maires ont assuré y être allés ensemble la veille du scrutin.",
        "indirect", "y être allés ensemble la veille du scrutin",
        speaker="deux maires", cue="ont assuré",
    ),
    row(
        "Sami Haddad a promis de s'en occuper dès lundi.",
        "indirect", "s'en occuper dès lundi",
        speaker="Sami Haddad", kind="person", cue="a promis",
    ),
    # ---- an adjunct set off by commas between the verb and what it reports
    row(
        "Bruno Lemercier a reconnu, lors d'une audition tenue à huis clos devant la commission, "
        "avoir menti aux enquêteurs.",
        "indirect", "avoir menti aux enquêteurs",
        speaker="Bruno Lemercier", kind="person", cue="a reconnu",
    ),
    row(
        "Hélène Carré a confirmé, dans un message publié sur son compte, qu'elle quittait le "
        "parti.",
        "indirect", "elle quittait le parti",
        speaker="Hélène Carré", kind="person", cue="a confirmé",
    ),
    row(
        "Les avocates de la famille ont assuré, dans une lettre adressée au juge, ne rien savoir "
        "de cette expertise.",
        "indirect", "ne rien savoir de cette expertise",
        speaker="avocates de la famille", cue="ont assuré",
    ),
    row(
        "Yves Morin affirme, dans un entretien accordé au quotidien régional, s'être toujours "
        "senti innocent.",
        "indirect", "s'être toujours senti innocent",
        speaker="Yves Morin", kind="person", cue="affirme",
    ),
    # ---- of two subjects the parse gives a verb, the one nearest it speaks
    row(
        "C'est dans une note sans détail que le bureau national du syndicat a annoncé qu'il "
        "quittait la coalition.",
        "indirect", "il quittait la coalition",
        speaker="bureau national du syndicat", cue="a annoncé",
    ),
    row(
        "Regardant les enfants, l'institutrice de 45 ans a continué : « Nous allons chanter "
        "ensemble. »",
        "direct", "Nous allons chanter ensemble.",
        role="institutrice", cue="a continué",
    ),
    row(
        "C'est lors d'une réunion tendue que la directrice Anne Vial a annoncé qu'elle partait.",
        "indirect", "elle partait", speaker="Anne Vial", cue="a annoncé",
    ),
    row(
        "Paul Roux et Anne Vial ont annoncé qu'ils se retiraient.",
        "indirect", "ils se retiraient", speaker="Paul Roux et Anne Vial", cue="ont annoncé",
    ),
    # names listed before an apposition the parse took for the subject: all of them speak
    row(
        "Paul Roux et Anne Morel, les avocats du couple Vidal, ont fait savoir qu'ils allaient "
        "réclamer un nouveau procès.",
        "indirect", "ils allaient réclamer un nouveau procès", speaker="Paul Roux et Anne Morel",
        kind="person",
    ),
    row(
        "Paul Roux, Léa Petit et Anne Morel, avocats du couple Vidal, ont fait savoir qu'ils "
        "allaient réclamer un nouveau procès.",
        "indirect", "ils allaient réclamer un nouveau procès",
        speaker="Paul Roux, Léa Petit et Anne Morel",
    ),
    # one who speaks with another beside him: not a list of speakers
    row(
        "Paul Roux a déclaré, avec Anne Morel et Léa Petit à ses côtés, qu'il allait réclamer "
        "un nouveau procès.",
        "indirect", "il allait réclamer un nouveau procès", speaker="Paul Roux",
    ),
    # must not: a singular verb after the list, the apposition fitting the last name only
    row(
        "Paul Roux et Anne Morel, l'avocate du couple Vidal, a fait savoir qu'elle allait "
        "réclamer un nouveau procès.",
        "indirect", "elle allait réclamer un nouveau procès", speaker="Anne Morel",
    ),
    row(
        "C'est Marie Lenoir qui a annoncé que le projet était abandonné.",
        "indirect", "le projet était abandonné", speaker="Marie Lenoir", cue="a annoncé",
    ),
    # ---- a reported clause inside a relative clause stops where the main clause goes on
    row(
        "Sophie Marchal, qui affirme avoir prévenu la direction dès janvier, n'a reçu aucun "
        "soutien.",
        "indirect", "avoir prévenu la direction dès janvier",
        speaker="Sophie Marchal", kind="person", cue="affirme",
    ),
    row(
        "Paul Girard, qui reconnaît s'être trompé sur les chiffres, a présenté ses excuses lundi.",
        "indirect", "s'être trompé sur les chiffres",
        speaker="Paul Girard", kind="person", cue="reconnaît",
    ),
    row(
        "Les élus, qui ont annoncé vouloir saisir la justice, se réuniront jeudi.",
        "indirect", "vouloir saisir la justice", speaker="élus", cue="ont annoncé",
    ),
    row(
        "La présidente du club, Anne Vial, qui a promis de ne pas vendre le stade, quittera ses "
        "fonctions en mai.",
        "indirect", "ne pas vendre le stade", speaker="Anne Vial", cue="a promis",
    ),
    row(
        "Le maire de la commune, qui assure avoir écrit au ministre attend toujours une réponse.",
        "indirect", "avoir écrit au ministre", cue="assure",
    ),
    row(
        "Une voisine qui affirme avoir entendu des cris a appelé la police vers minuit.",
        "indirect", "avoir entendu des cris", cue="affirme",
    ),
    row(
        "Le gardien, qui assure qu'il a fermé la porte à clé, refuse de parler aux enquêteurs.",
        "indirect", "il a fermé la porte à clé", cue="assure",
    ),
    # a verb coordinated with the cue's ends the infinitive it reports
    row(
        "Marc Olivier assure avoir écrit au ministre et attend toujours une réponse.",
        "indirect", "avoir écrit au ministre", speaker="Marc Olivier", cue="assure",
    ),
    # but a clause with a subject of its own, or opened by a relative, stays in
    row(
        "Hugo Petit affirme avoir vu des hommes qui couraient vers la gare.",
        "indirect", "avoir vu des hommes qui couraient vers la gare",
        speaker="Hugo Petit", cue="affirme",
    ),
    row(
        "Inès Caron dit avoir croisé l'accusé, il y a deux ans, devant la gare.",
        "indirect", "avoir croisé l'accusé, il y a deux ans, devant la gare",
        speaker="Inès Caron", cue="dit",
    ),
    row(
        "Le député, qui dit avoir été menacé par des militants qui l'attendaient devant sa "
        "permanence, a porté plainte.",
        "indirect", "avoir été menacé par des militants qui l'attendaient devant sa permanence",
        cue="dit",
    ),
    # ---- a decimal point ("1.5", "49.3") ends no sentence before the marks
    row(
        "La hausse de 1.5 point du chômage « n'était pas prévue », a reconnu Anne Perrin.",
        "mixed", "La hausse de 1.5 point du chômage « n'était pas prévue »",
        speaker="Anne Perrin", kind="person", cue="a reconnu",
    ),
    row(
        "Le recours à l'article 49.3 « n'a rien réglé » et le budget « reste à écrire », a "
        "estimé Paul Girard devant la presse.",
        "mixed", "Le recours à l'article 49.3 « n'a rien réglé » et le budget « reste à écrire »",
        speaker="Paul Girard", kind="person", cue="a estimé",
    ),
    row(  # a real full stop, even after a time, still ends the sentence
        "Les chiffres sont tombés à 10.30. « Rien n'était prévu », a reconnu Anne Perrin.",
        "direct", "Rien n'était prévu", speaker="Anne Perrin", kind="person", cue="a reconnu",
    ),
    # ---- reported content stopped by the narrator's next cue leaves no dangling « que », « où »
    row(
        "Claire Morel s'est dite « sidérée » par la décision du juge, qu'elle a affirmé avoir "
        "apprise à la radio.",
        "mixed", "« sidérée » par la décision du juge",
        speaker="Claire Morel", kind="person", cue=ANY,
    ),
    row(
        "Léa Roux a dit avoir été « très émue » par l'accueil à Lyon, où elle a affirmé vouloir "
        "revenir.",
        "mixed", "avoir été « très émue » par l'accueil à Lyon",
        speaker="Léa Roux", kind="person", cue="a dit",
    ),
    row(
        "Léa Roux a dit avoir été « très émue » par l'accueil à Lyon, où elle a affirmé vouloir "
        "revenir.",
        "indirect", "vouloir revenir", speaker="Léa Roux", kind="person", cue="a affirmé",
    ),
    # ---- a cue inside the content that would leave it on « à », « de », « parce », « et ne »
    # is part of it: the content runs on to the next stop
    row(
        "La ministre Anne Vidal a affirmé sa volonté de poursuivre les réformes engagées.",
        "indirect", "sa volonté de poursuivre les réformes engagées",
        speaker="Anne Vidal", cue="a affirmé",
    ),
    row(
        "Le syndicat avait annoncé son intention de reprendre la grève dès lundi.",
        "indirect", "son intention de reprendre la grève dès lundi", cue="avait annoncé",
    ),
    row(
        "Le directeur Paul Roux a nié que l'élu ait été écarté parce qu'il voulait dénoncer "
        "des fraudes.",
        "indirect", "l'élu ait été écarté parce qu'il voulait dénoncer des fraudes",
        speaker="Paul Roux", cue="a nié",
    ),
    row(
        "L'entraîneur Marc Bréval a assuré qu'il avait tranché et ne regrettait pas son choix.",
        "indirect", "il avait tranché et ne regrettait pas son choix",
        speaker="Marc Bréval", cue="a assuré",
    ),
    # … but a stop that leaves a whole clause still ends it
    row(
        "Le maire Paul Roux a déclaré que la réforme était prête, et Anne Vidal a ajouté "
        "qu'elle serait votée.",
        "indirect", "la réforme était prête", speaker="Paul Roux", cue="a déclaré",
    ),
    row(
        "Le maire Paul Roux a déclaré que la réforme était prête, et Anne Vidal a ajouté "
        "qu'elle serait votée.",
        "indirect", "elle serait votée", speaker="Anne Vidal", cue="a ajouté",
    ),
    # ---- accusing someone of having done something, doubting that it was done
    row(
        "Les parents accusent l'école d'avoir caché l'incident pendant deux semaines.",
        "indirect", "avoir caché l'incident pendant deux semaines",
        speaker="parents", cue="accusent",
    ),
    # « même » right after the verb is its adverb, no « alors même que »
    row(
        "Les parents d'élèves doutent même que la cantine rouvre en septembre.",
        "indirect", "la cantine rouvre en septembre", cue="doutent",
    ),
    row(
        "La maire Léa Morin assure même qu'elle ne se représentera pas.",
        "indirect", "elle ne se représentera pas", speaker="Léa Morin", cue="assure",
    ),
    row(
        "Les riverains doutent que les travaux soient achevés avant l'hiver.",
        "indirect", "les travaux soient achevés avant l'hiver", speaker="riverains",
        cue="doutent",
    ),
    # ---- an incise verb no lexicon lists: the inverted subject after marks that open a sentence
    row(
        "Le ton de Paul Marin était froid. Claire Dufour s'est levée. « La peine est lourde », "
        "a alors prononcé Paul Marin.",
        "direct", "La peine est lourde", speaker="Paul Marin", kind="person",
        cue="a alors prononcé",
    ),
    row(
        "« Ce n'est que le début », rougit Inès Caradec, présidente du club.",
        "direct", "Ce n'est que le début", speaker="Inès Caradec",
        role="présidente du club", kind="person", cue="rougit",
    ),
    # « sourire » (lexicon/reporting_verbs.tsv, as « rire »): after the marks and inside them,
    # between commas, its subject after it, the incise splits the quotation
    row(
        "« Ce n'est que le début », sourit Inès Caradec, présidente du club.",
        "direct", "Ce n'est que le début", speaker="Inès Caradec",
        role="présidente du club", kind="person", cue="sourit",
    ),
    row(
        "La gardienne Léa Morin a brillé samedi. « C’était inattendu pour moi, souriait la "
        "gardienne. Je suis arrivée l’an dernier, tout est nouveau. »",
        "direct", "C’était inattendu pour moi", speaker="Léa Morin", kind="person",
        cue="souriait",
    ),
    # « blâmer » (lexicon/reporting_verbs.tsv, marks only): its object holding marks is said
    row(
        "De son côté le maire de Brenac, Paul Roux, blâme les « élus du conseil qui ont rendu "
        "la tâche impossible ».",
        "mixed", "les « élus du conseil qui ont rendu la tâche impossible »", speaker="Paul Roux",
        kind="person", cue="blâme",
    ),
    row(
        "La gardienne Léa Morin a brillé samedi. « C’était inattendu pour moi, souriait la "
        "gardienne. Je suis arrivée l’an dernier, tout est nouveau. »",
        "direct", "Je suis arrivée l’an dernier, tout est nouveau.", speaker="Léa Morin",
        kind="person", cue="souriait",
    ),
    # a listed verb's participle the tagger reads as an adjective after « a-t-il »
    row(
        "Paul Roux l'a répété. « Je suis innocent », a-t-il martelé.",
        "direct", "Je suis innocent", speaker="Paul Roux", cue="a-t-il martelé",
    ),
    row(
        "Sophie Lambert a perdu en finale. « Je reviendrai l'an prochain », a-t-elle grimacé.",
        "direct", "Je reviendrai l'an prochain", speaker="Sophie Lambert", kind="person",
        cue="a-t-elle grimacé",
    ),
    # a simple tense the tagger reads as an adjective: the euphonic « -t- » makes it a verb
    row(
        "Sophie Lambert a gagné le Tour. Va-t-elle revenir ? « Je veux d'abord en profiter », "
        "écarte-t-elle.",
        "direct", "Je veux d'abord en profiter", speaker="Sophie Lambert", kind="person",
        cue="écarte-t-elle",
    ),
    # ---- a participle of a saying or judging verb in apposition: its subject speaks
    row(
        "Karim Haddad a salué la victoire, qualifiant ses joueurs de « héros ».",
        "mixed", "ses joueurs de « héros »",
        speaker="Karim Haddad", cue="qualifiant",
    ),
    row(
        "Plusieurs pays ont qualifié l'accord de « début de la fin », déclenchant une ovation.",
        "mixed", "l'accord de « début de la fin »", cue="ont qualifié",
    ),
    # … and a clause of its own after the comma, its subject right there
    row(
        "Plusieurs pays ont qualifié l'accord de « grand pas », la France a présenté ses "
        "réserves au « texte final ».",
        "mixed", "l'accord de « grand pas »", cue="ont qualifié",
    ),
    # must still fire: a relative clause on the object goes on with it
    row(
        "Le maire Paul Roux a salué le projet d'un « quartier vivant », qui avait tout pour "
        "plaire.",
        "mixed", "le projet d'un « quartier vivant », qui avait tout pour plaire",
        speaker="Paul Roux", cue="a salué",
    ),
    row(
        "Le sénateur Luc Morin a claqué la porte, s'estimant « trahi » par son parti.",
        "mixed", "« trahi » par son parti",
        speaker="Luc Morin", role="sénateur", cue="s'estimant",
    ),
    row(
        "Sophie Blanc a protesté, s'estimant lésée par ce qu'elle a qualifié de « parodie de "
        "justice ».",
        "mixed", "lésée par ce qu'elle a qualifié de « parodie de justice »",
        speaker="Sophie Blanc", cue="s'estimant",
    ),
    row(
        "L'ancien patron, Hervé Lamy, a fui le pays, se disant victime d'un complot politique.",
        "indirect", "victime d'un complot politique", speaker="Hervé Lamy", cue="se disant",
    ),
    row(
        "Marie Lenoir s'est dite ravie de ce résultat.",
        "indirect", "ravie de ce résultat", speaker="Marie Lenoir", cue="s'est dite",
    ),
    row(
        "Paul Girard s'est dit lundi prêt à négocier avec les syndicats.",
        "indirect", "prêt à négocier avec les syndicats", speaker="Paul Girard",
    ),
    row(
        "Nadia Perrin s'est dite « dévastée » après la défaite de son équipe.",
        "mixed", "« dévastée » après la défaite de son équipe", speaker="Nadia Perrin",
        cue="s'est dite",
    ),
    row(
        "Le maire, jugeant que les conditions n'étaient plus réunies, a retiré sa candidature.",
        "indirect", "les conditions n'étaient plus réunies", role="maire", cue="jugeant",
    ),
    row(
        "Hélène Brun, estimant que le débat était « truqué », a quitté le plateau.",
        "mixed", "le débat était « truqué »", speaker="Hélène Brun", cue="estimant",
    ),
    # a gerund reports too, for the subject of its clause
    row(
        "Julie Caron a quitté la séance en affirmant que le budget serait tenu.",
        "indirect", "le budget serait tenu", speaker="Julie Caron", cue="en affirmant",
    ),
    # two people, one surname, a list, a name inside the quote, a change of speaker
    row(
        "Jean Morel a salué son fils Luc Morel, se disant « très fier » de lui.",
        "mixed", "« très fier » de lui", speaker="Jean Morel",
    ),
    row(
        "Paul Roux et Anne Vial ont quitté la salle, s'estimant « trahis » par le bureau.",
        "mixed", "« trahis » par le bureau", speaker="Paul Roux et Anne Vial",
    ),
    row(
        "« Paul Roux nous a menti », a lancé Anne Vial, se disant « écœurée » par ses propos.",
        "mixed", "« écœurée » par ses propos", speaker="Anne Vial",
    ),
    row(
        "Anne Vial a parlé la première. Paul Roux a ensuite quitté la salle, se disant « écœuré "
        "» par ces propos.",
        "mixed", "« écœuré » par ces propos", speaker="Paul Roux",
    ),
    # a participle qualifying a person right before it: that person speaks
    row(
        "Marie Dupuis a lu la lettre d'un salarié dénonçant « une provocation de la "
        "direction ».",
        "direct", "une provocation de la direction", speaker="un salarié", kind="anonymous",
    ),
    row(
        "Le syndicat a publié un communiqué dénonçant « une provocation de la direction ».",
        "direct", "une provocation de la direction", speaker="syndicat",
    ),
    # the noun's own adjectives between it and the participle; after a clause whose subject
    # names two people, the one described is one of them (here the one the article is about)
    row(
        "Paul Morel et Jean Roux se sont affrontés lundi, le maire breton exigeant de son "
        "rival qu'il se montre « plus humble ». Paul Morel a ensuite quitté la salle.",
        "mixed", "il se montre « plus humble »", speaker="Paul Morel", role="maire breton",
    ),
    row(
        "Le syndicat a publié un communiqué officiel dénonçant « une provocation de la "
        "direction ».",
        "direct", "une provocation de la direction", speaker="syndicat",
    ),
    # … not the complement of the verb, nor a subject of the other gender
    row(
        "Anne Vial a longuement entendu Paul Morel lundi, le maire breton exigeant qu'on le "
        "laisse « en paix ».",
        "mixed", "on le laisse « en paix »", speaker=None, role="maire breton",
    ),
    # ---- an adjunct between the incise verb and its inverted subject
    row(
        "Anne Roy, préfète du Rhône, a parlé. « Le feu n'est pas circonscrit », a précisé vers "
        "9H15 un chef des pompiers.",
        "direct", "Le feu n'est pas circonscrit", speaker="un chef des pompiers",
        kind="anonymous", cue="a précisé",
    ),
    row(
        "Anne Roy est arrivée. « Rien n'est joué », a expliqué en fin de matinée Paul Girard.",
        "direct", "Rien n'est joué", speaker="Paul Girard", kind="person", cue="a expliqué",
    ),
    row(
        "Anne Roy est arrivée. « Rien n'est joué », a expliqué au Parisien le maire, Paul "
        "Girard.",
        "direct", "Rien n'est joué", speaker="Paul Girard", role="maire", kind="person",
        cue="a expliqué",
    ),
    row(
        "« Rien n'est joué », a déclaré dans la soirée Marc Lenoir, maire de Vannes.",
        "direct", "Rien n'est joué", speaker="Marc Lenoir", role="maire de Vannes",
        kind="person", cue="a déclaré",
    ),
    row(  # no subject after the adjunct: the quote stays with who the text names before
        "Paul Girard est arrivé. « Rien n'est encore joué dans ce dossier », a déclaré à la "
        "presse.",
        "direct", "Rien n'est encore joué dans ce dossier", speaker="Paul Girard",
        kind="person", cue=ANY,
    ),
    # ---- marks after a full stop are no object of the verb before it
    row(
        "Le préfet a parlé sans pouvoir préciser combien de personnes étaient touchées. « Le "
        "feu n'est pas circonscrit », a dit Marc Lenoir.",
        "direct", "Le feu n'est pas circonscrit", speaker="Marc Lenoir", kind="person",
        cue="a dit",
    ),
    row(  # the point of a title or an initial ends no sentence
        "Paul Girard a décrit M. Dupont comme un « homme de paix et de dialogue ».",
        "mixed", "M. Dupont comme un « homme de paix et de dialogue »",
        speaker="Paul Girard", kind="person", cue="a décrit",
    ),
    row(
        "Le plan de M. Dupont « n'a rien réglé », a estimé Paul Girard.",
        "mixed", "Le plan de M. Dupont « n'a rien réglé »",
        speaker="Paul Girard", kind="person", cue="a estimé",
    ),
    # ---- a line broken inside a sentence: the cue on the next line still reports
    row(
        "Dans son livre, l'ancien ministre Paul Arnaud revient sur sa détention. Les journées "
        "semblaient ne jamais finir\n, écrit-il, évoquant sa cellule.",
        "indirect", "Les journées semblaient ne jamais finir",
        speaker="Paul Arnaud", cue="écrit-il",
    ),
    row(
        "Paul Arnaud a parlé de sa détention. « Les journées semblaient ne jamais finir »\n, "
        "écrit-il.",
        "direct", "Les journées semblaient ne jamais finir", speaker="Paul Arnaud",
        cue="écrit-il",
    ),
    row(
        "La ministre Claire Vidal était à Lyon. « Nous ne céderons pas »\na-t-elle déclaré "
        "devant les élus.",
        "direct", "Nous ne céderons pas", speaker="Claire Vidal", cue="a-t-elle déclaré",
    ),
    row(
        "« Anne Vial a tort »\na répliqué Paul Roux lors du débat.",
        "direct", "Anne Vial a tort", speaker="Paul Roux", cue="a répliqué",
    ),
    row(
        "Anne Vial a parlé la première. « Nous attendrons »\n, a ajouté Paul Roux, maire de "
        "Rodez.",
        "direct", "Nous attendrons", speaker="Paul Roux", role="maire de Rodez", cue="a ajouté",
    ),
    # a mark left open (« indigné, … ») ends with its sentence when the next one opens a
    # quote: the words before and the quote after are two quotes, each with its own cue
    row(LEFT_OPEN, "direct", "déçu, « trahi » et « humilié »", speaker="Jean Roux",
        cue="s’est dit"),
    row(LEFT_OPEN, "direct", "Il y a de la colère", speaker="Jean Roux", cue="a-t-il confié"),
    # the object holding marks of a cue ends where a sentence ends between two quotes
    row(OBJECT_THEN_QUOTE, "mixed",
        "sur France Info, « indigné, « piégé » et « victime d’un complot »",
        speaker="Paul Roux", cue="s’est dit"),
    row(OBJECT_THEN_QUOTE, "direct", "Il y a de la tristesse", speaker="Paul Roux",
        cue="a-t-il confié"),
    # must not: two marks in one sentence are one object
    row(
        "Paul Roux a décrit l’explosion comme un « incident tragique » et un « accident "
        "évitable ».",
        "mixed", "l’explosion comme un « incident tragique » et un « accident évitable »",
        speaker="Paul Roux", cue="a décrit",
    ),
    # an object naming an intention or a decision, then its infinitive: the whole object
    row(
        "Son avocat, Me Pierre Durand, a annoncé son intention de faire appel.",
        "indirect", "son intention de faire appel",
        speaker="Pierre Durand", cue="a annoncé",
    ),
    row(
        "Le bureau politique du parti a annoncé sa décision d'exclure Paul Martin du mouvement.",
        "indirect", "sa décision d'exclure Paul Martin du mouvement",
        speaker="bureau politique du parti", cue="a annoncé",
    ),
    row(
        "Anne Vial a confirmé mardi sa volonté de réformer le code du travail et a quitté la "
        "salle.",
        "indirect", "sa volonté de réformer le code du travail", speaker="Anne Vial",
        cue="a confirmé",
    ),
    row(
        "Le club a annoncé sa décision de « ne pas renouveler » le contrat de l'entraîneur.",
        "mixed", "sa décision de « ne pas renouveler » le contrat de l'entraîneur",
        speaker="club", cue="a annoncé",
    ),
    # a passive or a participle of a cue with its agent after the marked words: the agent
    # speaks; after de the marked words stay mixed, marks included
    row(
        "Une décision qualifiée de « parfaitement imprévue » par le président du club, Jean "
        "Dupont, à ses côtés.",
        "mixed", "« parfaitement imprévue »", speaker="Jean Dupont", cue="qualifiée",
    ),
    row(
        "Le projet a été qualifié de « scandale d'État » par Paul Martin.",
        "mixed", "« scandale d'État »", speaker="Paul Martin", cue="a été qualifié",
    ),
    row(
        "Le texte, salué comme « historique » par les syndicats, entre en vigueur lundi.",
        "direct", "historique", speaker="syndicats", cue="salué",
    ),
    # a numbered list item holds a quote when a cue follows its marks
    row(
        "Trois promesses.\n\n3. « Nous ne lâcherons rien », a promis Paul Roux devant ses "
        "partisans.",
        "direct", "Nous ne lâcherons rien", speaker="Paul Roux", cue="a promis",
    ),
    # a que-clause ends at a colon that opens marks: the marked words are a direct quote
    row(
        "Paul Roux avait pourtant dit qu'il comptait rester : « Il vient des jours où il faut "
        "partir. »",
        "indirect", "il comptait rester", speaker="Paul Roux", cue="avait pourtant dit",
    ),
    row(
        "Paul Roux avait pourtant dit qu'il comptait rester : « Il vient des jours où il faut "
        "partir. »",
        "direct", "Il vient des jours où il faut partir.", speaker="Paul Roux",
    ),
    # a time adverb before que is no superlative; a superlative inside the clause is its own
    row(
        "Paul Roux a affirmé plus tard que la route serait rouverte.",
        "indirect", "la route serait rouverte", speaker="Paul Roux", cue="a affirmé",
    ),
    row(
        "Paul Roux a expliqué que le chantier était le plus long que la ville ait connu.",
        "indirect", "le chantier était le plus long que la ville ait connu",
        speaker="Paul Roux", cue="a expliqué",
    ),
    # a participle before a finite verb qualifies a noun: no cue, no barrier in the clause
    row(
        "Le parquet a requis la prison, estimant que les faits reprochés étaient "
        "« délibérés ».",
        "mixed", "les faits reprochés étaient « délibérés »", speaker="parquet",
        cue="estimant",
    ),
    # a relative between commas describes the source of selon; the content comes after it
    row(
        "Selon le journal libanais Al-Nour, qui a révélé l'information, l'homme d'affaires "
        "serait arrivé à Beyrouth en avion.",
        "indirect", "l'homme d'affaires serait arrivé à Beyrouth en avion",
        speaker="Al-Nour", cue="Selon",
    ),
    row(
        "Selon Paul Roux, dont le témoignage a été décisif, la voiture roulait trop vite.",
        "indirect", "la voiture roulait trop vite", speaker="Paul Roux", cue="Selon",
    ),
    # words with no article that describe the source (a participle, an adjective) are not its
    # words; nor is a first « selon X » that a last « selon Y » carries
    row(
        "Selon Paul Morel, voisin du couple, la porte était restée ouverte.",
        "indirect", "la porte était restée ouverte", speaker="Paul Morel", cue="Selon",
    ),
    row(
        "D'après Anne Roux, visiblement émue, le chien a disparu dans la nuit.",
        "indirect", "le chien a disparu dans la nuit", speaker="Anne Roux", cue="D'après",
    ),
    row(
        "Selon Marc Vidal, habitant du quartier depuis vingt ans, la rue est dangereuse.",
        "indirect", "la rue est dangereuse", speaker="Marc Vidal", cue="Selon",
    ),
    row(  # a present participle with its object is no description of the source
        "Selon la mairie, concernant les travaux, la rue sera fermée en mai.",
        "indirect", "concernant les travaux, la rue sera fermée en mai", cue="Selon",
    ),
    row(
        "Selon le récit d'une passante, légèrement blessée, le camion roulait trop vite, selon "
        "une source policière.",
        "indirect", "le camion roulait trop vite", speaker="une source policière", cue="selon",
    ),
    row(  # a relative inside the content is the content's
        "Selon Paul Roux, la route qui mène au village sera fermée.",
        "indirect", "la route qui mène au village sera fermée", speaker="Paul Roux",
        cue="Selon",
    ),
    # a cue in the infinitive under a verb of the content is the content's own verb; after an
    # infinitive as after que, marks after a colon are the words themselves
    row(
        "Paul Roux a souligné que ces accords doivent garantir le maintien des emplois.",
        "indirect", "ces accords doivent garantir le maintien des emplois", speaker="Paul Roux",
        cue="a souligné",
    ),
    row(
        "Claire Dunand a affirmé que la ville doit annoncer le calendrier avant l'été.",
        "indirect", "la ville doit annoncer le calendrier avant l'été", cue="a affirmé",
    ),
    row(
        "Paul Roux a précisé ne pas avoir compris ses propos : « Je ne sais pas ce qu'il "
        "voulait dire. »",
        "indirect", "ne pas avoir compris ses propos", speaker="Paul Roux", cue="a précisé",
    ),
    row(
        "Paul Roux a précisé ne pas avoir compris ses propos : « Je ne sais pas ce qu'il "
        "voulait dire. »",
        "direct", "Je ne sais pas ce qu'il voulait dire.", speaker="Paul Roux",
    ),
    # a fear said by its subject is a cue; dire after faire still reports
    row(
        "Paul Roux craint que la digue cède.",
        "indirect", "la digue cède", speaker="Paul Roux", cue="craint",
    ),
    row(
        "Le ministre a fait dire par son porte-parole qu'il ne viendrait pas.",
        "indirect", "il ne viendrait pas", cue="dire",
    ),
    # « faire savoir », « faire valoir »: the cue is « fait », the words after it its tail
    row(
        "« Nous reviendrons dès la rentrée », a fait savoir la ministre Anne Lot.",
        "direct", "Nous reviendrons dès la rentrée", speaker="Anne Lot", role="ministre",
        cue="a fait savoir",
    ),
    row(
        "L'avocat, Paul Roc, a fait valoir que son client était absent ce soir-là.",
        "indirect", "son client était absent ce soir-là", speaker="Paul Roc", role="avocat",
        cue="a fait valoir",
    ),
    row(
        "Le groupe Vallour a fait savoir qu'il fermerait son usine de Metz.",
        "indirect", "il fermerait son usine de Metz", kind="organization", cue="a fait savoir",
    ),
    # a gerund between the verb and a colon leaves the marks after the colon reported; a
    # gerund that is itself a cue reports its object
    row(
        "Le maire, Paul Roux, a répondu en souriant : « Nous verrons bien. »",
        "direct", "Nous verrons bien.", speaker="Paul Roux", cue="a répondu",
    ),
    row(
        "Anne Roy a réagi en dénonçant une « décision scandaleuse ».",
        "mixed", "une « décision scandaleuse »", speaker="Anne Roy", cue="en dénonçant",
    ),
    # marks inside their speaker's own clause, no reporting verb: a verb group split by the
    # marks, a relative « qui », an infinitive of purpose whose subject is the main clause's
    row(
        "Anne Roy ne « regrette rien » de son mandat.",
        "mixed", "ne « regrette rien » de son mandat", speaker="Anne Roy", cue=None,
    ),
    row(
        "« Il ira loin », assure un entraîneur du club, qui l'a « vu grandir ».",
        "mixed", "l'a « vu grandir »", speaker="un entraîneur du club", cue=None,
    ),
    # « -elles » after a verb is its inverted subject, one token as « -ils » is
    row(
        "Marie Dupont et Claire Lenoir dirigent deux écoles. Le maire Paul Roux les a reçues. "
        "« Les classes sont surchargées », ajoutent-elles.",
        "direct", "Les classes sont surchargées", speaker="Marie Dupont et Claire Lenoir",
        cue="ajoutent-elles",
    ),
    row(
        "Marie Dupont et Claire Lenoir dirigent deux écoles. « Les classes sont surchargées », "
        "estiment-elles.",
        "direct", "Les classes sont surchargées", speaker="Marie Dupont et Claire Lenoir",
        cue="estiment-elles",
    ),
    # a relative clause with a reporting verb of its own before the cue quotes its marks
    row(
        "Paul Dorin, qui a promis « une ville plus verte pour tous », a dit qu'il ne se "
        "représenterait pas.",
        "direct", "une ville plus verte pour tous", speaker="Paul Dorin", cue="a promis",
    ),
    row(
        "Paul Dorin, qui se dit « maire depuis trente ans », a dit qu'il ne se représenterait "
        "pas.",
        "direct", "maire depuis trente ans", speaker="Paul Dorin", cue="se dit",
    ),
    row(
        "La députée Claire Morin n'a pas voté le texte pour ne pas être « complice de ce "
        "recul ».",
        "mixed", "ne pas être « complice de ce recul »", speaker="Claire Morin", cue=None,
    ),
    row(
        "Le maire, Paul Girard, a quitté la séance afin de ne pas « cautionner cette "
        "mascarade ».",
        "mixed", "ne pas « cautionner cette mascarade »", speaker="Paul Girard", cue=None,
    ),
    # an auxiliary alone outside the marks: the marked words are the quote
    row(
        "Le ministre Paul Roux a « tout fait pour sauver l'usine ».",
        "direct", "tout fait pour sauver l'usine", speaker="Paul Roux", cue=None,
    ),
    # « appeler à » a noun phrase holding marks: what someone calls for
    row(
        "Le maire, Paul Roux, a appelé à la « mobilisation de tous les habitants ».",
        "mixed", "à la « mobilisation de tous les habitants »", speaker="Paul Roux",
        cue="a appelé",
    ),
    # « même si X affirme que … » concedes what X said
    row(
        "Les syndicats restent inquiets, même si le ministre Paul Roux affirme que tout va "
        "bien.",
        "indirect", "tout va bien", speaker="Paul Roux", cue="affirme",
    ),
    # a past participle coordinated with a compound tense shares its auxiliary: a cue
    row(
        "Le maire, Paul Roux, a fermé l'école, et promis de la rouvrir en mars.",
        "indirect", "la rouvrir en mars", speaker="Paul Roux", cue="promis",
    ),
    # an aside opened by « comme » and the clitic « le »: the subject after the verb, the
    # clause after the aside's comma (or before it) is what it says
    row(
        "Comme l'ont annoncé plusieurs journaux mardi soir, le sélectionneur quittera son "
        "poste.",
        "indirect", "le sélectionneur quittera son poste", speaker="plusieurs journaux",
        cue="l'ont annoncé",
    ),
    row(
        "Comme le rapporte Le Parisien, la réforme sera retirée.",
        "indirect", "la réforme sera retirée", cue="le rapporte",
    ),
    row(
        "La réforme sera retirée, comme l'a annoncé la ministre Anne Roy.",
        "indirect", "La réforme sera retirée", speaker="Anne Roy", cue="l'a annoncé",
    ),

    # an aside in the pluperfect reports the clause all the same, whatever its tense (« Comme
    # l'avait révélé X, … » is X's report of a past fact), a past relative inside it too
    row(
        "Comme l'avait révélé le site Le Veilleur, le ministre a reçu 20 000 euros en 2019.",
        "indirect", "le ministre a reçu 20 000 euros en 2019", speaker="Le Veilleur",
        cue="l'avait révélé",
    ),
    row(
        "Comme l'avait annoncé le maire Paul Dumas, la piscine, qui a fermé en 2020, rouvrira "
        "en juin.",
        "indirect", "la piscine, qui a fermé en 2020, rouvrira en juin", speaker="Paul Dumas",
        cue="l'avait annoncé",
    ),
    row(
        "La piscine, qui a fermé en 2020, rouvrira en juin, comme l'avait annoncé le maire Paul "
        "Dumas.",
        "indirect", "La piscine, qui a fermé en 2020, rouvrira en juin", speaker="Paul Dumas",
        cue="l'avait annoncé",
    ),
    # the subject between « comme » and the clitic is not read (« Des élus comme X l'ont
    # dénoncé » is "such as"; the pronoun's gender and number are not matched to a name)
    row(
        "Paul Girot quittera le club de Saint-Aubin en juin comme il l'a annoncé vendredi.",
        "indirect", "Paul Girot quittera le club de Saint-Aubin en juin", speaker="Paul Girot",
        cue="l'a annoncé",
        marks=pytest.mark.xfail(strict=True, reason="« comme il l'a annoncé »: the subject "
                                "before the clitic is not read (asides.py)"),
    ),
    # « selon les cas » names no source, but « les cas » with a complement may (a finding)
    row(
        "Selon les cas étudiés par la commission, les patients ont attendu trois heures.",
        "indirect", "les patients ont attendu trois heures", speaker="commission", cue="Selon",
    ),
    # unmarked words in the first person after a connector: the connector is the speaker's
    row(
        "Pour autant, je ne démissionnerai pas, a martelé la ministre Anne Colin.",
        "indirect", "Pour autant, je ne démissionnerai pas", speaker="Anne Colin",
        cue="a martelé",
    ),
    # a colon and marks after the aside: the marks are the words, the clause before the
    # narrator's
    row(
        "Le village est détruit. La peur domine, comme l'explique le maire Marc Joly : "
        "« Personne ne sait combien de maisons sont perdues ».",
        "direct", "Personne ne sait combien de maisons sont perdues", speaker="Marc Joly",
        cue="l'explique",
    ),
    # a connector of the narrator's (lexicon/narrator_links.txt) before the aside: the clause
    # after the aside is the words
    row(
        "En effet, comme le raconte Le Courrier de Rieux, les joueurs « n'ont rien lâché » lors "
        "du match de dimanche.",
        "mixed", "les joueurs « n'ont rien lâché » lors du match de dimanche",
        speaker="Le Courrier de Rieux", cue="le raconte",
    ),
    row(
        "Toutefois, comme l'a annoncé la préfète Anne Roy, les routes resteront fermées.",
        "indirect", "les routes resteront fermées", speaker="Anne Roy", cue="l'a annoncé",
    ),
    # an apposition of the object between commas, then « de » or « à » and the infinitive,
    # a quotation mark maybe opening it
    row(
        "Le vice-président Paul Roux a reproché au ministre, venu chercher le soutien de Paris "
        "après trois années de crise, de « manquer de respect » aux électeurs.",
        "mixed", "« manquer de respect » aux électeurs", speaker="Paul Roux",
        cue="a reproché",
    ),
    row(
        "La maire, Anne Roy, a invité les habitants, inquiets, à rester chez eux.",
        "indirect", "rester chez eux", speaker="Anne Roy", cue="a invité",
    ),
    # an impersonal passive with « de » and an infinitive reports, nobody named
    row(
        "Il leur était reproché de ne pas avoir déclaré leurs revenus.",
        "indirect", "ne pas avoir déclaré leurs revenus", speaker=None, cue="était reproché",
    ),
    # marks after a comma, then an incise: after another cue's clause they are the incise's
    # own words, and they end that clause; with no cue before, the lead-in stays with them
    row(
        SAID_THEN_QUOTED,
        "indirect", "elle restait une scientifique", speaker="Anne Roy", cue="a déclaré",
    ),
    row(
        SAID_THEN_QUOTED,
        "direct", "les femmes peuvent changer la recherche", speaker="Anne Roy",
        cue="a-t-elle souligné",
    ),
    row(
        "En mai, « les prix vont baisser », a indiqué l'institut.",
        "mixed", "En mai, « les prix vont baisser »", cue="a indiqué",
    ),
    # ... but a connector of the narrator's (lexicon/narrator_links.txt) is no part of them
    row(
        "Toutefois, « les prix vont baisser en mai », a indiqué l'institut.",
        "direct", "les prix vont baisser en mai", cue="a indiqué",
    ),
    # after unmarked words, a description whose noun the article gave to a name before
    # is the inverted subject: who speaks
    row(
        "Le site Lumière a publié une enquête. Le ministre n'a pas payé ses cotisations, "
        "explique le site d'investigation.",
        "indirect", "Le ministre n'a pas payé ses cotisations", cue="explique",
    ),
    # « selon X » then words that still describe X up to a comma, a relative clause or a
    # short phrase: the words after the comma are X's
    row(
        "Selon un diplomate qui a requis l'anonymat, les négociations reprendront lundi.",
        "indirect", "les négociations reprendront lundi", speaker="un diplomate", cue="Selon",
    ),
    row(
        "Selon un correspondant sur place, une fumée âcre était visible.",
        "indirect", "une fumée âcre était visible", speaker="un correspondant sur place",
        cue="Selon",
    ),
    # a document no one is named as the author of is the source, when it comes first
    row(
        "Selon les chiffres officiels, le chômage a reculé de deux points.",
        "indirect", "le chômage a reculé de deux points", speaker="les chiffres officiels",
        kind="anonymous", cue="Selon",
    ),
    # « selon X » set off by commas between an auxiliary and its participle: the whole clause
    row(
        "Les deux hommes auraient, selon le parquet, préparé des attaques contre la mairie.",
        "indirect", "Les deux hommes auraient, selon le parquet, préparé des attaques contre "
        "la mairie", speaker="parquet", cue="selon",
    ),
    row(
        "Le comptable aurait, selon les enquêteurs, détourné les fonds du club.",
        "indirect", "Le comptable aurait, selon les enquêteurs, détourné les fonds du club",
        cue="selon",
    ),
    row(
        "Le suspect aurait, selon l'accusation, acheté des armes en Belgique.",
        "indirect", "Le suspect aurait, selon l'accusation, acheté des armes en Belgique",
        cue="selon",
    ),
    # … after a short lead with no verb, the clause after the source is what it says
    row(
        "En effet, selon ses voisins, le chantier aurait été abandonné en juin.",
        "indirect", "le chantier aurait été abandonné en juin", cue="selon",
    ),
    row(
        "Dès lundi, selon la rectrice, les écoles rouvriront leurs portes.",
        "indirect", "les écoles rouvriront leurs portes", cue="selon",
    ),
    # … but words before the aside that hold a clause, or no verb after it, stay before it
    row(
        "Le chantier a été abandonné, selon ses voisins, en juin.",
        "indirect", "Le chantier a été abandonné", cue="selon",
    ),
    row(
        "Des milliers de maisons détruites, selon la préfecture, et des centaines de blessés.",
        "indirect", "Des milliers de maisons détruites", cue="selon",
    ),
    row(
        "Les pompiers sont intervenus, selon la préfecture, dans la nuit de samedi.",
        "indirect", "Les pompiers sont intervenus", speaker="préfecture", cue="selon",
    ),
    # … words that end on « être », or on a verb whose object follows the source, run on
    # around it: the whole clause (known failure: a verb whose object follows)
    row(
        "Le bilan était, selon la préfecture, de trois blessés légers.",
        "indirect", "Le bilan était, selon la préfecture, de trois blessés légers",
        speaker="préfecture", cue="selon",
    ),
    row(
        "Le gérant a critiqué, selon la gazette locale, les horaires imposés par la mairie.",
        "indirect", "Le gérant a critiqué, selon la gazette locale, les horaires imposés par "
        "la mairie", speaker="la gazette locale", cue="selon",
        marks=pytest.mark.xfail(strict=True, reason="a verb whose object follows the source "
                                "is not read: the clause before stands alone"),
    ),
    # « même si selon X » after a que-clause: a concession of the narrator's ends that clause,
    # as « bien que »; what follows the source is X's
    row(
        "Le maire Paul Girard a assuré que la piscine rouvrirait en mai, même si selon lui les "
        "artisans manquent.",
        "indirect", "la piscine rouvrirait en mai", speaker="Paul Girard", cue="a assuré",
    ),
    row(
        "Le maire Paul Girard a assuré que la piscine rouvrirait en mai, même si selon lui les "
        "artisans manquent.",
        "indirect", "les artisans manquent", speaker="Paul Girard", cue="selon",
    ),
    row(
        "Le maire Paul Girard a assuré que la piscine rouvrirait en mai, même si selon lui "
        "« tout dépendra des artisans » cet été.",
        "mixed", "« tout dépendra des artisans » cet été", speaker="Paul Girard", cue="selon",
    ),
    # « mais selon X, … »: the clause after X, not the one before the conjunction
    row(
        "La banque tablait sur 3 %, mais selon les estimations publiées mardi, la croissance "
        "atteint 2 %.",
        "indirect", "la croissance atteint 2 %", cue="selon",
    ),
    # « selon » a document after words with a cue of their own only relays them; a relative
    # clause after the source is none of the words it says
    row(
        "Les autorités affirment que l'épidémie « recule », selon des chiffres donnés "
        "mercredi.",
        "mixed", "l'épidémie « recule »", speaker="autorités", cue="affirment",
    ),
    row(
        "L'outil permet « de corriger l'alphabet des cellules » selon le jury qui a décerné le "
        "prix.",
        "mixed", "L'outil permet « de corriger l'alphabet des cellules »", speaker="jury",
        cue="selon",
    ),
    # « selon » between an auxiliary and its participle: the whole clause; a name in marks
    row(
        "Le ministre est selon « Le Parisien » arrivé dans la nuit à Lyon.",
        "indirect", "Le ministre est selon « Le Parisien » arrivé dans la nuit à Lyon",
        cue="selon",
    ),
    # a heading is no sentence of the line after it
    row(
        "Le contexte\nselon les experts, la crise durera longtemps.",
        "indirect", "la crise durera longtemps", speaker="experts", cue="selon",
    ),
    # a reporting verb the tagger reads as a noun, after the comma closing its subject, before
    # its que-clause (an adverb between them aside)
    row(
        "Le porte-parole du syndicat, Marc Dumas, juge que la réforme arrive trop tard.",
        "indirect", "la réforme arrive trop tard", speaker="Marc Dumas",
        role="porte-parole du syndicat", cue="juge",
    ),
    row(
        "L'avocate de la famille, Anne Roy, juge toutefois que l'enquête a été bâclée.",
        "indirect", "l'enquête a été bâclée", speaker="Anne Roy", cue="juge",
    ),
    # a last comma segment telling when or where the words were said is the narrator's
    row(
        "Le ministre Paul Mercier a appelé jeudi « tous les élus » au « calme », lors d'une "
        "réunion à la préfecture.",
        "mixed", "« tous les élus » au « calme »", speaker="Paul Mercier", cue="a appelé",
    ),
    row(
        "La présidente Claire Fabre a assuré que la réforme serait « votée avant l'été », au "
        "cours d'un entretien à la radio.",
        "mixed", "la réforme serait « votée avant l'été »", speaker="Claire Fabre",
        cue="a assuré",
    ),
    row(
        "Le maire Jacques Vidal a estimé que c'était « une faute grave », sur son compte "
        "Instagram.",
        "mixed", "c'était « une faute grave »", speaker="Jacques Vidal", cue="a estimé",
    ),
    row(
        "L'ancien ministre Louis Garnier a dit que l'usine fermerait en mars, lors du conseil "
        "municipal.",
        "indirect", "l'usine fermerait en mars", speaker="Louis Garnier", cue="a dit",
    ),
    # ... but not a segment another comma follows, nor one inside the marks
    row(
        "Le préfet Marc Lenoir a annoncé que la France proposerait, lors du sommet, un plan de "
        "relance.",
        "indirect", "la France proposerait, lors du sommet, un plan de relance",
        speaker="Marc Lenoir", cue="a annoncé",
    ),
    row(
        "La syndicaliste Marie Dubois a déclaré que la grève continuerait, lors des vacances "
        "comme après, tant que rien ne bouge.",
        "indirect", "la grève continuerait, lors des vacances comme après, tant que rien ne bouge",
        speaker="Marie Dubois", cue="a déclaré",
    ),
    row(
        "La ministre Anne Colin a affirmé que la loi serait « adoptée, lors de la session "
        "d'automne ».",
        "mixed", "la loi serait « adoptée, lors de la session d'automne »",
        speaker="Anne Colin", cue="a affirmé",
    ),
    # « selon lesquels » opens a relative clause: no source, and the content goes on
    row(
        "La juge Hélène Marchand a rappelé que l'enquête portait sur des soupçons selon "
        "lesquels la société aurait caché ses comptes.",
        "indirect",
        "l'enquête portait sur des soupçons selon lesquels la société aurait caché ses comptes",
        speaker="Hélène Marchand", cue="a rappelé",
    ),
    # a cue inside the content is no narrator going on: the subject after the « que » of a
    # cleft sentence, an infinitive coordinated with the content's own
    row(
        "Pour l'évêque Jean Morel, c'est avec une grande joie que l'Eglise confie cette mission "
        "aux jeunes.",
        "indirect", "c'est avec une grande joie que l'Eglise confie cette mission aux jeunes",
        speaker="Jean Morel", cue="Pour",
    ),
    row(
        "La ministre Anne Roy a affirmé que c'est pour cette raison que le gouvernement annonce "
        "un plan.",
        "indirect", "c'est pour cette raison que le gouvernement annonce un plan",
        speaker="Anne Roy", cue="a affirmé",
    ),
    row(
        "Le maire Paul Roy a reconnu avoir vendu le terrain en 2019 et avoir déclaré un prix "
        "trop bas.",
        "indirect", "avoir vendu le terrain en 2019 et avoir déclaré un prix trop bas",
        speaker="Paul Roy", cue="a reconnu",
    ),
    row(
        "Il leur était reproché de ne pas avoir versé la taxe entre 2011 et 2016, et d'avoir "
        "déclaré des revenus sous-évalués.",
        "indirect",
        "ne pas avoir versé la taxe entre 2011 et 2016, et d'avoir déclaré des revenus "
        "sous-évalués",
        speaker=None, cue="était reproché",
    ),
    # ... a subject after another « que » is the narrator's, and so is a finite cue
    row(
        "Le ministre Paul Roy a dit que la loi passerait, alors que le député Marc Petit a "
        "affirmé qu'elle échouerait.",
        "indirect", "la loi passerait", speaker="Paul Roy", cue="a dit",
    ),
    row(
        "Pour le syndicaliste Marc Petit, la réforme est injuste et le gouvernement affirme le "
        "contraire.",
        "indirect", "la réforme est injuste", speaker="Marc Petit", cue="Pour",
    ),
    # a pronoun or an elided « de » left before the narrator's clause ends no content (nor is
    # « ce que » a cleft's « que »)
    row(
        "La ministre Anne Roy a estimé que c'était une erreur, ce que le député Marc Petit a "
        "contesté.",
        "indirect", "c'était une erreur", speaker="Anne Roy", cue="a estimé",
    ),
    row(
        "Le maire Paul Roy a promis de revenir en mars, avant d'ajouter qu'il serait candidat.",
        "indirect", "revenir en mars", speaker="Paul Roy", cue="a promis",
    ),
    # ... while a word that only looks like them stays
    row(
        "Le maire Paul Roy a promis de revenir avant l'été.",
        "indirect", "revenir avant l'été", speaker="Paul Roy", cue="a promis",
    ),
    # a past participle set off by commas after the source of a « selon » describes it
    row(
        "D'après des sources policières, citées par la radio, trois personnes ont été blessées.",
        "indirect", "trois personnes ont été blessées", speaker="des sources policières",
        cue="D'après",
    ),
    row(
        "Selon le ministre Paul Roy, interrogé sur ce point, la loi sera votée en juin.",
        "indirect", "la loi sera votée en juin", speaker="Paul Roy", cue="Selon",
    ),
    # ... not one that no comma closes: it opens the words
    row(
        "Selon le maire Paul Roy, fermée depuis lundi la route rouvrira en juin.",
        "indirect", "fermée depuis lundi la route rouvrira en juin", speaker="Paul Roy",
        cue="Selon",
    ),
    # a clause of the narrator, then a comma and marks, before a postposed cue or « selon »:
    # the marks alone are the words
    row(
        "Au moment où le président signait le texte final, mercredi, « les petits pays n'étaient "
        "pas dans la salle », a annoncé la déléguée Anne Roy.",
        "direct", "les petits pays n'étaient pas dans la salle", speaker="Anne Roy",
        cue="a annoncé",
    ),
    row(
        "Le ministre Paul Roy a quitté son poste ce mardi, « s'estimant victime d'un complot », "
        "selon l'AFP.",
        "direct", "s'estimant victime d'un complot", cue="selon",
    ),
    # ... a lead-in with no verb stays with them, not a connector of the narrator's
    # (lexicon/narrator_links.txt)
    row(
        "Ce matin, « nous restons prudents », a déclaré le ministre Paul Roy.",
        "mixed", "Ce matin, « nous restons prudents »", speaker="Paul Roy", cue="a déclaré",
    ),
    row(
        "Toutefois, « nous restons prudents », a déclaré le ministre Paul Roy.",
        "direct", "nous restons prudents", speaker="Paul Roy", cue="a déclaré",
    ),
    row(
        "Pour l'instant, « rien n'est décidé », selon l'agence Reuters.",
        "mixed", "Pour l'instant, « rien n'est décidé »", cue="selon",
    ),
    # ... but a main clause of its own before the marks is the inverted subject's words too:
    # the cue reports the sentence whole, marks and all
    row(
        "La mairie a contrôlé les quarante écoles de la ville, « toutes conformes », a indiqué "
        "mardi l'adjoint Paul Roy.",
        "mixed", "La mairie a contrôlé les quarante écoles de la ville, « toutes conformes »",
        speaker="Paul Roy", role="adjoint", cue="a indiqué",
    ),
    row(
        "Le club a vendu trois joueurs cet été, « tous remplacés », a précisé le président Marc "
        "Olin.",
        "mixed", "Le club a vendu trois joueurs cet été, « tous remplacés »", speaker="Marc Olin",
        role="président", cue="a précisé",
    ),
    # a clause under a conjunction before the marks stays the narrator's
    row(
        "Alors que les pompiers arrivaient, « tout avait déjà brûlé », a raconté le voisin Paul "
        "Roy.",
        "direct", "tout avait déjà brûlé", speaker="Paul Roy", cue="a raconté",
    ),
    # « Quand » inside the marks heads no clause of the narrator's, whatever the parse says
    row(
        "« Quand la neige fond », la route reste fermée plusieurs jours, « parfois une semaine », "
        "a expliqué le maire Paul Roy.",
        "mixed", "« Quand la neige fond », la route reste fermée plusieurs jours, « parfois une "
        "semaine »", speaker="Paul Roy", role="maire", cue="a expliqué",
    ),
    # after words that hold marks, a description after the inverted verb is who speaks, as
    # right after the marks
    row(
        "Le gardien a été « blessé » avec deux collègues lors de la fouille, notamment au "
        "« visage », ont annoncé les surveillants grévistes en fin de journée.",
        "mixed", "Le gardien a été « blessé » avec deux collègues lors de la fouille, notamment "
        "au « visage »", speaker="surveillants grévistes", cue="ont annoncé",
    ),
    # a cue in a concession (« s'il assure que … ») reports up to the comma that closes it
    row(
        "S'il assure qu'il n'est « pas sorti de ses gonds », comme certains, le patron "
        "de la fédération apprécie d'abord le choix du moment.",
        "mixed", "il n'est « pas sorti de ses gonds »", cue="assure",
    ),
    row(
        "S'ils affirment que la grève est finie, les délégués Marc Petit et Anne Roy restent "
        "prudents.",
        "indirect", "la grève est finie", cue="affirment",
    ),
    # ... a « si » inside the words is theirs
    row(
        "Le ministre Paul Roy affirme que la loi est prête, même si les syndicats restent "
        "opposés.",
        "indirect", "la loi est prête, même si les syndicats restent opposés",
        speaker="Paul Roy", cue="affirme",
    ),
    # a request verb reports its object's infinitive, marks further on included
    row(
        "Paul Roux a invité les élus à « voter la loi sans attendre ».",
        "direct", "voter la loi sans attendre", speaker="Paul Roux", cue="a invité",
    ),
    # words without marks before a cue with an adverb and a name: a first name the tagger
    # reads as a foreign word still opens the inverted subject
    row(
        "La tournée avait été écourtée. Il se ménageait trop peu, a enfin regretté Line "
        "Dupré dans un long message.",
        "indirect", "Il se ménageait trop peu", speaker="Line Dupré", cue="a enfin regretté",
    ),
    row(
        "La saison commence lundi. Le terrain sera prêt à temps, a également assuré Line "
        "Vasseur.",
        "indirect", "Le terrain sera prêt à temps", speaker="Line Vasseur",
        cue="a également assuré",
    ),
    # a past participle that describes a noun does not stop the search for the que-clause
    row(
        "Le maire Paul Morel a réagi, affirmant dans un communiqué publié lundi qu'il ne "
        "démissionnerait pas.",
        "indirect", "il ne démissionnerait pas", speaker="Paul Morel", cue="affirmant",
    ),
    # « selon » and a pronoun set off by commas inside a cue's que-clause: the speaker's aside,
    # part of the words; after « mais » it is a view of its own (see SELON_ASIDES)
    row(
        "La présidente du club Anne Roy a décidé du report du tournoi, annonçant samedi dans "
        "un message télévisé qu'elle avait annulé le règlement en raison de fraudes qui, selon "
        "elle, pourraient fausser le classement.",
        "indirect", "elle avait annulé le règlement en raison de fraudes qui, selon elle, "
        "pourraient fausser le classement", speaker="Anne Roy", cue="annonçant",
    ),
    # « selon X » in a relative clause: what follows it up to the clause end; the pronoun links
    # the narrator's noun (GUIDELINES, « selon X » inside a clause), with or without commas
    row(
        "Paul Morel, délégué du syndicat, a appelé à éviter un conflit qui, selon lui, serait mal "
        "supporté par les habitants.",
        "indirect", "serait mal supporté par les habitants", speaker="Paul Morel", cue="selon",
    ),
    row(
        "Le maire Jean Tissot a reçu les agents, qui se plaignent de leurs horaires, qui sont "
        "selon eux trop imprévisibles.",
        "indirect", "trop imprévisibles", cue="selon",
    ),
    row(
        "Le maire Jean Tissot a reçu les agents pour parler de leurs horaires, qui sont, selon "
        "eux, trop imprévisibles.",
        "indirect", "trop imprévisibles", cue="selon",
    ),
    row(  # « ce qui », the source described after it
        "Le maire a qualifié la grève d'« illégitime », ce qui, selon le Syndicat des agents, "
        "premier syndicat de la ville, n'a fait qu'aggraver la situation.",
        "indirect", "n'a fait qu'aggraver la situation", speaker="Syndicat des agents",
        cue="selon",
    ),
    row(  # a verbless sentence whose relative « selon X » opens: the relative clause after it
        "Fin de non-recevoir de la part de la direction qui, selon le Syndicat des agents, n'a "
        "pas la capacité de justifier la fermeture.",
        "indirect", "n'a pas la capacité de justifier la fermeture",
        speaker="Syndicat des agents", cue="selon",
    ),
    row(
        "Le syndicat des agents a saisi le tribunal contre la direction de Villers, dont, selon "
        "Anne Roy, la décision est illégale.",
        "indirect", "la décision est illégale", speaker="Anne Roy", cue="selon",
    ),
    # the relative ends at its first comma, the narrator's main clause after it no part of it
    row(
        "L'usine de Villers, qui selon la direction serait rentable, va fermer en mai.",
        "indirect", "serait rentable", speaker="direction", cue="selon",
    ),
    row(
        "Anne Roy a dénoncé un plan qui, selon Paul Morel, ne serait pas financé, ce qu'elle "
        "conteste.",
        "indirect", "ne serait pas financé", speaker="Paul Morel", cue="selon",
    ),
    row(
        "Le plan, qui selon la CGT coûterait 3 millions d'euros, et qui selon la direction en "
        "coûterait 2, a été voté.",
        "indirect", "en coûterait 2", cue="selon",
    ),
    # the relative ends with the last word the parse hangs on its verb, a list of its own aside
    row(
        "Le maire Luc Vernet a cité le plan qui, selon lui, serait coûteux, inutile et dangereux.",
        "indirect", "serait coûteux, inutile et dangereux", cue="selon",
    ),
    row(
        "Le plan qui, selon la CGT, coûterait 3 millions d'euros a été voté lundi.",
        "indirect", "coûterait 3 millions d'euros", speaker="CGT", cue="selon",
    ),
    row(
        "Le préfet a salué les pompiers qui, selon lui, ont sauvé 40 personnes mais n'est pas "
        "resté sur place.",
        "indirect", "ont sauvé 40 personnes", cue="selon",
    ),
    row(  # the closing mark the parse hangs outside the relative stays with its words
        "Les agents ont été reçus par la direction de Villers qui, selon la CGT, n'a pas su "
        "donner une « raison valable à la fermeture ».",
        "mixed", "n'a pas su donner une « raison valable à la fermeture »", speaker="CGT",
        cue="selon",
    ),
    # the pronoun right before « selon X, »: the relative whole after the source, even where the
    # parse makes the subject noun the sentence's root (not « Une hausse qui vient, selon X, de »)
    row(
        "Le projet, qui, selon la mairie de Villers, coûtera cher, a été voté hier.",
        "indirect", "coûtera cher", speaker="mairie de Villers", cue="selon",
    ),
    row(
        "Le ministre, qui, selon ses proches, serait fatigué, a annulé son voyage.",
        "indirect", "serait fatigué", cue="selon",
    ),
    # a number right after the source with no comma is no part of it; where the relative goes
    # on is unsure there (as « dont selon X 200 ont … »): the sentence is left whole
    row(
        "Les habitants de Villers qui seraient selon la mairie 200 à avoir été évacués attendent "
        "des nouvelles.",
        "indirect", "Les habitants de Villers qui seraient selon la mairie 200 à avoir été "
        "évacués attendent des nouvelles", speaker="mairie", cue="selon",
    ),
    # « selon X » in a relative inside a cue's que-clause: the clause stays the cue's, whole
    row(
        "Paul Morel a affirmé que le plan, qui, selon la direction, serait rentable, allait "
        "coûter des emplois.",
        "indirect", "le plan, qui, selon la direction, serait rentable, allait coûter des "
        "emplois", speaker="Paul Morel", cue="a affirmé",
    ),
    row(
        "Anne Roy estime que la réforme, qui selon le ministre serait juste, va appauvrir les "
        "retraités.",
        "indirect", "la réforme, qui selon le ministre serait juste, va appauvrir les retraités",
        speaker="Anne Roy", cue="estime",
    ),
    row(  # a relative that ends the cue's clause: the cue's words end before its pronoun
        "Anne Roy a déclaré que la mairie avait reçu les agents, qui sont selon eux très mal "
        "payés.",
        "indirect", "la mairie avait reçu les agents", speaker="Anne Roy", cue="a déclaré",
    ),
    # a verb of saying as the relative's verb keeps its own words (« selon eux » read so cut them)
    row(
        "Les agents ont été reçus par le préfet Luc Vernet, qui, selon eux, aurait affirmé que le "
        "site fermerait.",
        "indirect", "le site fermerait", cue="aurait affirmé",
    ),
    row(
        "Le maire Paul Morel a annoncé lundi que le projet, selon lui, serait rentable dès 2030.",
        "indirect", "le projet, selon lui, serait rentable dès 2030", speaker="Paul Morel",
        cue="a annoncé",
    ),
    # an interview's question asked by someone the article names is theirs
    row(
        "Anne Vidal a répondu à Marc Lenoir, correspondant de Radio Nord.\n\nRadio Nord : "
        "Comment l'avez-vous appris ?\n\nAnne Vidal : Par un appel ce matin.\n\nVous vous y "
        "attendiez ?\n\nAnne Vidal : Pas du tout.",
        "direct", "Vous vous y attendiez ?", speaker="Marc Lenoir",
    ),
    # ---- a listed participle the parse tags as a name after « avoir », in an incise
    row(
        "La ministre Anne Roy est arrivée à Paris. « Nous ne céderons pas », a tweeté la "
        "ministre.",
        "direct", "Nous ne céderons pas", speaker="Anne Roy", cue="a tweeté",
    ),
    row(
        "Paul Morel est arrivé. « Le travail continue », a tweeté l'ancien ministre Jean Roux.",
        "direct", "Le travail continue", speaker="Jean Roux", cue="a tweeté",
    ),
    row(
        "Le maire Paul Morel a parlé le premier. « Nous reconstruirons l'école », a-t-il "
        "tweeté.",
        "direct", "Nous reconstruirons l'école", speaker="Paul Morel", cue="a-t-il tweeté",
    ),
    # … not before the marks of another speaker's incise
    row(
        "Jean Roux avait tweeté la veille. « Rien n'est joué », a dit Anne Roy.",
        "direct", "Rien n'est joué", speaker="Anne Roy", cue="a dit",
    ),
    # ---- an incise inside the marks whose speaker follows an adjunct
    row(
        "Paul Morel a parlé. « Le chantier est fini, a déclaré devant la presse le maire Jean "
        "Roux, nous ouvrirons en mai. »",
        "direct", "Le chantier est fini", speaker="Jean Roux", cue="a déclaré",
    ),
    row(
        "« Les comptes sont bons, a précisé lors d'une conférence Anne Roy, et le budget "
        "tient. »",
        "direct", "Les comptes sont bons", speaker="Anne Roy", cue="a précisé",
    ),
    # … not when what follows the adjunct is the verb's object: no incise, nobody new
    row(
        "Paul Morel a parlé. « Il est venu, a expliqué à la presse les raisons du retard, puis "
        "il est reparti. »",
        "direct", "Il est venu, a expliqué à la presse les raisons du retard, puis il est "
        "reparti.", speaker="Paul Morel", cue=None,
    ),
    row(
        "Paul Morel a parlé. « Elle a tout lu, a raconté à ses amis une histoire drôle, et elle "
        "a ri. »",
        "direct", "Elle a tout lu, a raconté à ses amis une histoire drôle, et elle a ri.",
        speaker="Paul Morel", cue=None,
    ),
    # ---- « laisser entendre »: a postposed cue, and a que-clause reported
    row(
        "« Tout le monde paiera », a laissé entendre Anne Roy.",
        "direct", "Tout le monde paiera", speaker="Anne Roy", cue="a laissé entendre",
    ),
    row(
        "Paul Morel a laissé entendre qu'il partirait bientôt.",
        "indirect", "il partirait bientôt", speaker="Paul Morel", cue="a laissé entendre",
    ),
    # … a sound let heard is no speech
    row(
        "Anne Roy a laissé entendre sa voix. « Merci », a dit Paul Morel.",
        "direct", "Merci", speaker="Paul Morel", cue="a dit",
    ),
    # an impersonal passive after the marks, its pronoun inverted (« était-il indiqué »): no
    # one named, the cue turned down (``cues.passive``); the words go on from the source before
    row(
        "La direction régionale de la SNCF a annoncé un plan de transport. « Toutes les équipes "
        "sont mobilisées », était-il indiqué.",
        "direct", "Toutes les équipes sont mobilisées",
        speaker="direction régionale de la SNCF", cue=None,
    ),
    # must not: the pronoun of an active cue is someone's (« a-t-il indiqué »)
    row(
        "Paul Roux est arrivé à la gare. « Toutes les équipes sont mobilisées », a-t-il indiqué.",
        "direct", "Toutes les équipes sont mobilisées", speaker="Paul Roux", cue="a-t-il indiqué",
    ),
    # must not: a date after a capitalised head or a noun of people or of a group names the
    # event they are of, and stays in their name (``np_ends.dated``: documents and sittings
    # only)
    row(
        "« Nous ne lâcherons rien », a déclaré le Collectif du 5 novembre, qui réunit des "
        "habitants de Noailles.",
        "direct", "Nous ne lâcherons rien", speaker="Collectif du 5 novembre", cue="a déclaré",
    ),
    row(
        "« Nous n'oublierons jamais », ont déclaré les rescapés du 13 novembre lors de la "
        "cérémonie.",
        "direct", "Nous n'oublierons jamais", speaker="rescapés du 13 novembre", cue="ont déclaré",
    ),
    row(
        "Le procès s'est ouvert lundi. « Nous contestons chaque élément du dossier », a déclaré "
        "l'avocat du Mouvement du 22 mars.",
        "direct", "Nous contestons chaque élément du dossier", speaker=None, cue="a déclaré",
    ),
    row(
        "« Nous serons présents », a annoncé la coordination du 8 mars, un collectif féministe.",
        "direct", "Nous serons présents", speaker="coordination du 8 mars", cue="a annoncé",
    ),
    row(
        "Selon les familles des otages du 7 octobre, « le temps presse ».",
        "direct", "le temps presse", speaker="familles des otages du 7 octobre", cue="Selon",
    ),
]


@pytest.mark.parametrize(("text", "qtype", "quote", "speaker", "role", "kind", "cue"), ROWS)
def test_construction(nlp, text, qtype, quote, speaker, role, kind, cue):
    q = quote_said(nlp, text, quote)
    assert text[q.span.start : q.span.end] == quote
    assert q.type == qtype
    if speaker is not ANY:
        assert q.speaker.name == speaker
    if role is not ANY:
        assert q.speaker.role == role
    if kind is not ANY:
        assert q.speaker.kind == kind
    if cue is not ANY:
        assert (q.cue.text if q.cue else None) == cue


NOT_QUOTES = [
    # … not a noun after its determiner or a preposition
    "Avec une grande reconnaissance pour son exemple, nous confions son âme à Dieu.",
    "Le juge que le tribunal a désigné a rendu son avis.",
    "Paul Morel a parlé au juge que la cour avait nommé.",
    "Jeudi, la Russie a lancé ce missile (appelé « Orechnik« ), sans charges nucléaires.",
    "Moscou assure que ces missiles, baptisés « Orechnik », sont impossibles à intercepter.",
    "Un sac noir a été rendu après sa découverte par un « riverain ».",
    "Après le « Levez-vous ! » du pape Clément XV en 1962, le ton était donné.",
    "La police traque trois voleurs partis avec six « trésors du duché de Savoie ».",
    "Objectif « apothéose » 2026",
    "L’acteur a tourné dans « Plein soleil » et « Le Samouraï ».",
    "Une attaque russe nocturne « record » a frappé l’Ukraine.",
    # « sourire », « blâme », nouns: no cue
    "Le conseil a infligé un blâme à « l'élu fautif ».",
    "Le sélectionneur Paul Roux affichait un large sourire après « la victoire ».",
    # titles opening the items of a numbered list, with their figures (or a stray mark)
    "Le classement.\n\n5. « Mission: secrète - Retour » : 88 972 entrées - copies : 506",
    "Le classement.\n\n2. « La Grande Vadrouille en mer » (nouveauté) : 226 153 entrées, "
    "soit la meilleure semaine de l'année pour une comédie",
    'Le classement.\n\n4. " "Les Vieux Amis": 130 946 entrées (cumul : 680 346) - copies : 552',
]

# after a passive cue, marked words then « par » and no speaker, or a name in marks
NOT_AGENTS = [
    "Ce choix, qualifié de « risqué » par le passé, a été maintenu.",
    "Le missile, appelé « Orechnik » par les Russes, a frappé Dnipro.",
    "Une décision qualifiée de « totalement inattendue » et saluée par le public.",
]

# a comparison's « que » after a participle is no reported clause
COMPARISONS = [
    "Le cyclone, considéré comme le plus fort que la côte ait connu depuis un siècle, a tout "
    "détruit.",
    "Le projet, jugé plus coûteux que prévu, a été abandonné.",
    "Les secours ont fait état de dégâts après le cyclone, considéré comme le plus fort que "
    "la côte ait connu.",
    "Le maire Paul Morel a dénoncé un budget voté plus tard que prévu.",
]


@pytest.mark.parametrize("text", COMPARISONS)
def test_comparison_is_not_reported(nlp, text):
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


@pytest.mark.parametrize("text", NOT_AGENTS)
def test_not_an_agent(nlp, text):
    """No quote is given to an agent that names nobody, or for a name in marks."""
    assert [q.span.text for q in beside_its_own_quote(nlp, text) if "agent" in q.evidence] == []


# marks that are no speech though a speaker precedes: the object of a preposition, a
# verbless line opening a paragraph whose quote repeats its words; a lone adjective after
# « se dire » with no marks, que-clause or infinitive (left); the real quotes kept (right)
NOT_SPOKEN = [
    # « comme l'explique X : « … » »: the clause before the aside is the narrator's
    ("Le village est détruit. La peur domine, comme l'explique le maire Marc Joly : « Personne "
     "ne sait combien de maisons sont perdues ».", "La peur domine",
     "Personne ne sait combien de maisons sont perdues"),
    ("Le maire Marc Joly a visité le village. La peur domine, comme il l'explique : « Personne "
     "ne sait combien de maisons sont perdues ».", "La peur domine",
     "Personne ne sait combien de maisons sont perdues"),
    ("« Nous partirons », a annoncé le maire Paul Dorin. Son adjoint est resté, en raison de "
     "« la santé fragile de sa mère ».", "la santé fragile de sa mère", "Nous partirons"),
    ("Le vote est acquis, a annoncé la députée Lise Caron.\n\n« Du courage et de la patience ». "
     "« Il faudra du courage et de la patience », a prévenu Marc Olin.",
     "Du courage et de la patience", "Il faudra du courage et de la patience"),
    ("Louis Garnier s'est dit confiant. « Nos deux usines se complètent », a-t-il ajouté.",
     "confiant", "Nos deux usines se complètent"),
    ("Nadia Perrin, se disant trahie, a quitté le parti. « Je pars », a-t-elle lancé.",
     "trahie", "Je pars"),
    # narration before a cue's own marked words is not theirs, whatever the subject
    ("Le bureau a rouvert lundi. « Nous resterons prudents », a ajouté Line Dupré.",
     "Le bureau a rouvert lundi", "Nous resterons prudents"),
    ("Line Dupré a visité le chantier, « tout avance bien », a-t-elle ajouté.",
     "Line Dupré a visité le chantier", "tout avance bien"),
    # after a quote and its comma, the verb's inverted subject holds the marks
    ("Paul Dorin s'est dit « très ému ». « Il y a de la tristesse et de la colère », a confié "
     "celui qui est « maire depuis trente ans ».", "maire depuis trente ans",
     "Il y a de la tristesse et de la colère"),
    # a relative clause that says what the speaker is, before the cue: a description of them
    ("Paul Dorin, qui est « maire depuis trente ans », a dit qu'il ne se représenterait pas.",
     "maire depuis trente ans", "il ne se représenterait pas"),
    ("Paul Dorin, qui était « le plus jeune maire de France » en 1995, a annoncé qu'il ne se "
     "représenterait pas.", "le plus jeune maire de France", "il ne se représenterait pas"),
]

# before one postposed cue, marked stretches with the narrator's words between are one
# series, one record from the first mark to the last (GUIDELINES, « A series of marked
# stretches after one cue »); marks that do not open the words keep the words whole
MARKED_LEADS = [
    ("Le guide a raconté la nuit. « Nous sommes partis du refuge », une cabane au pied du col, "
     "puis « nous avons suivi la crête » où nous avons croisé un troupeau, a expliqué Marc "
     "Olin.",
     ["« Nous sommes partis du refuge », une cabane au pied du col, puis « nous avons suivi la "
      "crête » où nous avons croisé un troupeau"]),
    # a series after one cue: one record (GUIDELINES, « A series of marked stretches »)
    ("« Le port est fermé », « les ferries restent à quai », a annoncé la préfète Lise Caron.",
     ["« Le port est fermé », « les ferries restent à quai »"]),
    ("Le témoin se souvient « d'un bruit sourd », puis « d'une fumée noire » sur le quai, a "
     "noté Marc Olin.",
     ["Le témoin se souvient « d'un bruit sourd », puis « d'une fumée noire » sur le quai"]),
    ("« Nous gagnerons » est devenu son slogan, puis « nous tiendrons » aussi, a raconté Marc "
     "Olin.",
     ["« Nous gagnerons » est devenu son slogan, puis « nous tiendrons » aussi"]),
    # a clause of its own between the marks: the cue reports the sentence whole
    ("« Si le vent tombe », les pompiers pourront rentrer dès ce soir, « après une dernière "
     "ronde » ou « au petit matin », a-t-il ajouté.",
     ["« Si le vent tombe », les pompiers pourront rentrer dès ce soir, « après une dernière "
      "ronde » ou « au petit matin »"]),
    # the narrator's words between begin the clause the next marks go on (their subject, a
    # determiner of a word in them): the first marks belong to that clause, the cue reports it
    ("« À aucun moment », le maire « n’avait exprimé une rancune » envers les élus, a déclaré "
     "le juge Paul Roux.",
     ["« À aucun moment », le maire « n’avait exprimé une rancune » envers les élus"]),
    ("« Nous voilà arrivés à l'heure des choix », car la « dette » publique « ne "
     "s'effacera pas », a ajouté Paul Roux.",
     ["« Nous voilà arrivés à l'heure des choix », car la « dette » publique « ne "
      "s'effacera pas »"]),
    # chants side by side before one cue: a cry that ends inside its marks is no full stop of
    # the narrator's; one cue's series, one record (no exception for chants)
    ("« Vive Hugo ! », « Libérez Hugo ! », ont crié ses partisans devant la mairie.",
     ["« Vive Hugo ! », « Libérez Hugo ! »"]),
    ("Le fourgon est arrivé. « Hugo ! Hugo ! », « Libérez Hugo ! », a scandé la foule.",
     ["« Hugo ! Hugo ! », « Libérez Hugo ! »"]),
    # the chain opens its paragraph: the verb after it is an incise's all the same
    ("« Hugo ! Hugo ! », « Libérez Hugo ! », a scandé la foule.",
     ["« Hugo ! Hugo ! », « Libérez Hugo ! »"]),
    # marks set side by side with no comma between them
    ("Le fourgon est arrivé. «Salut Hugo!» «Voilà Hugo!», ont crié des détenus depuis leurs "
     "cellules.", ["«Salut Hugo!» «Voilà Hugo!»"]),
    # first marks that hold a finite verb, the narrator's words between: one series all the same
    ("La séance a été houleuse.\n\n« Je démissionne », le maire « n'a plus ma confiance », a "
     "lancé Lise Caron.", ["« Je démissionne », le maire « n'a plus ma confiance »"]),
    ("« Nous partons », les « vrais coupables restent », a estimé Hugo Baret.",
     ["« Nous partons », les « vrais coupables restent »"]),
    # must not fire: titles an object lists before a verb of the narrator's
    ("Elle a lu « Le Rouge », « Le Noir », a fermé le livre.", []),
]

# a series whose stretches each repeat the preposition the first follows (« a rendu hommage à
# « … », à « … » et à « … » »): one mixed record of the three, as without the repeated word;
# another preposition, or words of the narrator's between, end the series
REPEATED_PREPOSITIONS = [
    ("Le maire Paul Vidal a rendu hommage à « son courage », à « sa constance » et à « sa "
     "loyauté ».", ["« son courage », à « sa constance » et à « sa loyauté »"]),
    ("La cheffe Lise Caron a rendu hommage aux « anciens », aux « bénévoles » et aux "
     "« donateurs ».", ["« anciens », aux « bénévoles » et aux « donateurs »"]),
    ("Le président Marc Olin a rendu hommage à « l'abnégation » des soignants, à « la "
     "patience » des familles.", ["l'abnégation"]),  # must not: the narrator's words between
    # must not: another preposition after the join
    ("Le maire Paul Vidal a rendu hommage à « son courage » et de « sa constance ».",
     ["son courage"]),
]


@pytest.mark.parametrize(("text", "spans"), REPEATED_PREPOSITIONS)
def test_a_series_may_repeat_its_preposition(nlp, text, spans):
    assert [q.span.text for q in quotes_of(nlp, text)] == spans


# marks side by side before a cue that are not one chain: a question the cue's line answers,
# even with a comma after it (the question's stop), or a line ending with a stop next to it
# with only a blank between (not a chant of cries)
CHAIN_STOPS = [
    ("Le client Marc Olin s'arrête devant l'étal.\n\n« C'est combien ? », « Trois euros », "
     "répond la vendeuse Lise Caron.", "C'est combien ?", "Lise Caron", "Trois euros"),
    ("Le juge Paul Dorin a regardé l'accusé. « Regrettez-vous ? », « Non », a répondu Hugo "
     "Baret.", "Regrettez-vous ?", "Hugo Baret", "Non"),
    ("Lise Caron a lancé :\n\n« Bonsoir à tous. » « Nous avons du pain sur la planche », a "
     "ajouté Marc Olin.", "Bonsoir à tous.", "Marc Olin", "Nous avons du pain sur la planche"),
    ("La salle attendait. « Bonsoir à tous. » « Nous avons du pain sur la planche », a ajouté "
     "Marc Olin.", "Bonsoir à tous.", "Marc Olin", "Nous avons du pain sur la planche"),
]


@pytest.mark.parametrize(("text", "spans"), MARKED_LEADS)
def test_marked_leads_of_a_postposed_cue(nlp, text, spans):
    assert [q.span.text for q in quotes_of(nlp, text)] == spans


@pytest.mark.parametrize(("text", "line", "cue_speaker", "kept"), CHAIN_STOPS)
def test_the_cue_reports_no_line_before_a_break_in_the_chain(nlp, text, line, cue_speaker, kept):
    found = [(q.span.text, q.speaker.name) for q in quotes_of(nlp, text)]
    assert (line, cue_speaker) not in found
    assert (kept, cue_speaker) in found


# « selon » and a pronoun that are no aside of a cue's: after « mais », or with no cue before
SELON_ASIDES = [
    "Le maire Paul Morel a annoncé que le chantier reprendrait, mais, selon elle, rien n'est "
    "réglé.",
    "Le maire Paul Morel a reporté le festival en raison de fissures qui, selon lui, pourraient "
    "menacer le public.",
]


# « selon X » after a relative pronoun that links no noun's clause: a cleft, a question, a main
# clause whose subject a relative describes, a verb of saying as the relative's verb; the
# words after « selon X » are not read as X's relative clause
NOT_SELON_RELATIVES = [
    ("Paul Morel le nie : c'est lui qui, selon la direction, a signé le contrat.",
     "a signé le contrat"),
    ("Anne Roy le répète : ce n'est pas elle qui, selon la direction, a signé le contrat.",
     "a signé le contrat"),
    ("Le journaliste se demande qui, selon la police, a ouvert le feu.", "a ouvert le feu"),
    ("Et le tireur qui, selon la police, a ouvert le feu en premier ?",
     "a ouvert le feu en premier"),
    ("Le maire qui a démissionné est, selon la presse, gravement malade.", "gravement malade"),
    ("Les agents ont été reçus par le préfet Luc Vernet, qui, selon eux, n'a rien promis.",
     "n'a"),
    ("Les habitants, dont selon la mairie 200 ont été évacués, attendent.", "ont été évacués"),
    ("Les habitants, dont selon la mairie la plupart ont été évacués, attendent.",
     "la plupart ont été évacués"),
    ("Les habitants qui seraient selon la mairie 200 à avoir été évacués attendent.",
     "à avoir été évacués"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_SELON_RELATIVES)
def test_selon_in_no_linking_relative(nlp, text, wrong):
    found = quotes_of(nlp, text)
    assert any(q.cue and q.cue.text == "selon" for q in found)  # the « selon » is still read
    assert not any(q.span.text.startswith(wrong) for q in found)


@pytest.mark.parametrize("text", SELON_ASIDES)
def test_selon_that_is_no_aside_keeps_its_cue(nlp, text):
    assert "selon" in [q.cue.text for q in quotes_of(nlp, text) if q.cue]


# an object holding marks with no quote before the verb is still reported
MARKED_OBJECTS = [
    ("Paul Dorin a décrit la réforme comme une « erreur historique et coûteuse ».",
     "la réforme comme une « erreur historique et coûteuse »"),
]


# the narrator's last comma segment after a quote's last closing mark (why, how, where the words
# were given) is cut; a segment that goes on with the reported words stays
CLOSING_TAILS = [
    ("Jean Pavel a annoncé que « le chantier reprend », pour que les habitants retrouvent leur "
     "pont.", "« le chantier reprend »"),
    ("Claire Dunand a promis que la piscine serait « rouverte en mai », comme pour rassurer les "
     "nageurs.", "la piscine serait « rouverte en mai »"),
    ("Le syndicat des pilotes a affirmé que la grève serait « suivie partout », mais sans donner "
     "de chiffres.", "la grève serait « suivie partout »"),
    ("La maire Inès Caro a assuré que le marché serait « maintenu », comme si rien ne s'était "
     "passé.", "le marché serait « maintenu »"),
    ("Le directeur Paul Sorel a annoncé que l'usine serait « modernisée », afin de rassurer les "
     "salariés.", "l'usine serait « modernisée »"),
    ("Le préfet Marc Olier a indiqué que la route serait « fermée », afin d'éviter les "
     "accidents.", "la route serait « fermée »"),
    ("La rectrice Anne Roy a annoncé que le stage serait « prolongé », afin que les familles "
     "en profitent.", "le stage serait « prolongé »"),
    ("Le maire Jean Pavel a promis que le gymnase serait « rouvert », afin qu'il accueille les "
     "élèves.", "le gymnase serait « rouvert »"),
    ("Le maire Jean Pavel a promis que le pont serait « réparé », pour qu'il serve à nouveau.",
     "le pont serait « réparé »"),
    ("Le joueur Hugo Brel a annoncé que « la fin approchait », lundi sur Facebook.",
     "« la fin approchait »"),
    # after a verb's object in marks, the time of the saying after a comma is the narrator's
    ("Le maire Paul Roux a salué sur RTL « un immense artiste », après la mort du chanteur.",
     "un immense artiste"),
    ("Le préfet Marc Olier a indiqué que la route resterait « coupée », si la pluie continue.",
     "la route resterait « coupée », si la pluie continue"),
    ("Selon Léa Morin, la tempête apporte « des rafales très fortes », des pluies abondantes et "
     "du froid.",
     "la tempête apporte « des rafales très fortes », des pluies abondantes et du froid"),
]


@pytest.mark.parametrize(("text", "quote"), MARKED_OBJECTS + CLOSING_TAILS)
def test_marked_object_is_reported(nlp, text, quote):
    assert quote in [q.span.text for q in quotes_of(nlp, text)]


# uncued marks a speaker's statement goes on in: a paragraph of marked words only, a
# verbless line that repeats no later quote
UNCUED_KEPT = [
    ("« Nous ne céderons pas », a déclaré le syndicaliste Marc Olin.\n\n« Les salariés "
     "méritent mieux que cette proposition indigne. »",
     "Les salariés méritent mieux que cette proposition indigne.", "Marc Olin"),
    ("« Nous ne céderons pas », a déclaré le syndicaliste Marc Olin. « Une véritable honte "
     "pour toute la profession et pour les salariés. »",
     "Une véritable honte pour toute la profession et pour les salariés.", "Marc Olin"),
]


@pytest.mark.parametrize(("text", "wrong", "kept"), NOT_SPOKEN)
def test_not_spoken_beside_a_quote(nlp, text, wrong, kept):
    found = [q.span.text for q in quotes_of(nlp, text)]
    assert [f for f in found if wrong in f and f != kept] == []
    assert kept in found


@pytest.mark.parametrize(("text", "quote", "speaker"), UNCUED_KEPT)
def test_uncued_marks_keep_their_speaker(nlp, text, quote, speaker):
    found = {q.span.text: q.speaker.name for q in quotes_of(nlp, text)}
    assert found.get(quote) == speaker


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote(nlp, text):
    """Names, titles, scare quotes, terms, headings and cited phrases give no direct quote."""
    direct = [q.span.text for q in beside_its_own_quote(nlp, text) if q.type == "direct"]
    assert direct == []


# a work's title in marks after « sourire », « blâmer » (lexicon/reporting_verbs.tsv, marks
# only): no quote at all (an event's name after a colon: test_postposed_after_colon). Known
# misses, strict.
_TITLE_AS_WORDS = "a title or a name in marks is read as the words the verb reports"
TITLES_NOT_SAID = [
    pytest.param("Le public a souri devant « Les Bronzés font du ski ».",
                 marks=pytest.mark.xfail(strict=True, reason=_TITLE_AS_WORDS)),
    pytest.param("La ministre a blâmé « Le Canard enchaîné » pour ses révélations.",
                 marks=pytest.mark.xfail(strict=True, reason=_TITLE_AS_WORDS)),
    # what must stay: marks that hold no title
    "Le public a souri devant la scène.",
]


@pytest.mark.parametrize("text", TITLES_NOT_SAID)
def test_a_title_in_marks_is_not_said(nlp, text):
    """No quote holds a title or a name in marks (its marks or its words)."""
    quotes = beside_its_own_quote(nlp, text)
    assert [q.span.text for q in quotes if "«" in q.span.text or q.type == "direct"] == []


NOT_CUES = [
    "Pour la France, ce match est décisif.",
    "Pour sa part, Paul Morel a refusé de commenter.",
    "Pour fixer la peine, la cour a pris en compte le passé du prévenu.",
    "Pour Paul Morel, un bouquet de fleurs.",
    "Pour l’heure, aucune date n’a été fixée.",
    # a word of time or a link after the phrase: only a named holder holds a view then
    "Pour la première fois aujourd'hui, le tribunal a siégé dans la nouvelle salle.",
    "Pour les victimes aussi, la journée a été longue.",
    "Pour les écoles aujourd'hui, la mairie a prévu une enveloppe de trois millions.",
    "Pour la ville de Lens aujourd'hui, les travaux commencent enfin.",
    "Pour réussir aujourd'hui, le club doit gagner ses deux matches.",
    "Pour Paul Morel aujourd'hui, un bouquet de fleurs et une carte.",
    "Pour la France aussi, ce match est décisif.",
    "Pour cela, il faudra attendre la fin de l'enquête.",
    # a beneficiary: « victime » is a noun of state, no role noun (GUIDELINES « Ages »)
    "Pour les victimes, la journée a été longue.",
    pytest.param(
        "Pour les pompiers, la journée a été longue.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a beneficiary named by a role noun (« pour les pompiers ») is read as the "
            "view's holder: whom a clause is for is a matter of sense",
        ),
    ),
    # after a colon too: a list of purposes, no one holding a view
    "Le maire a prévu trois enveloppes : pour les écoles, pour les routes et pour les commerces.",
    "Il a appris que sa mère était malade.",  # what he learned, not what he said
    "Le joueur, qui a tweeté une photo du « vestiaire », est reparti.",  # no incise
    "Le vent a laissé entendre un long sifflement dans la nuit.",  # a sound, nothing said
    "Les syndicats appellent à la grève.",  # a noun after « appeler à », no infinitive
    # the one accused speaks not: a bare participle is a passive; a noun after « de »
    "Laurent Roux, accusé d'être le trésorier du réseau, a été arrêté mardi.",
    "Le parquet accuse le maire de corruption.",
    # « doute » a noun: no verb that doubts
    "Nul doute que la saison sera longue.",
    "Le ministre a répondu alors même que la séance était levée.",  # the narrator's clause
    # an object after the verb, its noun never given to a name: « explique » the success
    "Le club Lumière a gagné. La ville a grandi, explique le succès du club.",
    "Il a appelé sa sœur pour ne pas l'inquiéter.",  # telephoned: « pour » opens no request
    "Le maire n'a pas appelé les pompiers.",
    "Il a été appelé à témoigner devant le tribunal.",  # summoned, not speaking
    "Il a été invité à la cérémonie.",  # a personal passive, no infinitive
    # a cue in a condition: nobody said it
    "Le traité prévoit des consultations si l'un des alliés estime que sa sécurité est menacée.",
    # a participle that qualifies a noun, coordinated with no verb
    "Le maire a inauguré la salle et le musée annoncé en mars.",
    # « comme » with no reporting verb after its clitic
    "Comme prévu, la réforme sera retirée.",
    "Comme le veut la tradition, le maire a ouvert le bal.",
    # a text calling for something, with no one who calls
    "Une résolution appelant à une « transition » a été votée.",
    # an apposition of the object, then no infinitive
    "Le maire a remercié les pompiers, arrivés très vite, de leur courage.",
    "Le maire a appelé son adjoint, resté à Paris, pour le prévenir.",
    # an object, not an infinitive or a que-clause, after an adjunct between commas
    "Le ministre a confirmé, lundi, la nomination de Paul Roux.",
    "Marie Vautrin a annoncé, comme chaque année, les résultats du concours.",
    "La juge a rappelé, avec Anne Vial et Marc Lenoir, les règles de l'audience.",
    # an object, not an infinitive after its clitics
    "Les bénévoles assurent les permanences le samedi.",
    "Le préfet dit les choses clairement.",
    # a participle of a verb that says nothing; a reflexive that is no judgement
    "La loi, visant à « protéger les enfants », a été adoptée.",
    "Le maire a quitté la salle, laissant les élus « sans voix ».",
    "Les dégâts s'estiment à trois millions d'euros.",
    "L'équipe s'est qualifiée pour la finale de la Coupe de France.",
    # an object naming an arrival, news or a decision with no infinitive reports nothing
    "Le ministre a annoncé son arrivée à Lyon.",
    "Le maire a annoncé la nouvelle aux habitants.",
    "Le tribunal a annoncé sa décision mardi soir.",
    "Le club a annoncé l'intention du nouveau propriétaire.",
    # a participle qualifying a noun before a finite verb is no cue
    "Les gestes dénoncés étaient « intentionnels » pour la plupart.",
    # a cue after faire or laisser: the subject causes a fear, it says nothing
    "Le cyclone a dévasté l'île, faisant craindre « plusieurs centaines » de morts.",
    "La hausse des prix fait craindre que la croissance ralentisse.",
    "La crue laisse redouter que la digue cède.",
    # a category's name in marks is no speech held by the object
    "L'académie a dévoilé mardi les lauréats du prix dans la catégorie « chimie ».",
    # the relative of a superlative is no que-clause of the cue
    "Le cyclone, considéré comme le plus fort que la côte ait connu, a tout détruit.",
    "La tempête, jugée la plus forte que la région ait subie, a fait trois morts.",
    # an agent with no que-clause after it reports nothing
    "La nouvelle avait été révélée par le quotidien « Le Matin » dès lundi.",
    "L'accord a été annoncé par le ministre mardi soir.",
    # « faire savoir », « faire valoir » with an object: no que-clause, nothing reported
    "Il a fait savoir son mécontentement à la direction.",
    "L'agence fait valoir ses droits devant le tribunal.",
    pytest.param(
        "Le club a qualifié son équipe pour la « Ligue des champions ».",
        marks=pytest.mark.xfail(
            strict=True,
            reason="qualifier reports an object holding marks whatever follows: the sports "
            "sense with a title in marks is taken for speech",
        ),
    ),
]

# marks after a determiner, a subject that speaks for no one, one marked word, a name in
# marks: no verb group of a speaker's is quoted
NOT_PREDICATES = [
    "Les policiers sont intervenus pour disperser les « casseurs du samedi ».",
    "Les prix ont « beaucoup augmenté » cette année.",
    "Le ministre n'a « rien » dit.",
    "La digue a cédé pour ne pas avoir été « assez entretenue ».",
    "Paul Roux est parti pour rejoindre « Les Amis du Louvre ».",
    # after « qui », an antecedent who says nothing in the sentence: her words about him
    "Elle a vu son fils, qui ne « reviendra jamais ».",
    # after « qui » and a copula, what the antecedent is: no words of theirs, nor uncued ones
    "Paul Dorin, qui est « maire depuis trente ans », a quitté la salle.",
]


# a gerund after the verb tells when or how: its marked words are no reported object
GERUNDS = [
    "Le député Paul Vernet avait plaisanté en entrant dans la « fosse aux lions ».",
    "L'accusé, Marc Lenoir, a souri en retrouvant ses « amis ».",
]

# « selon » opening a relative clause or a conjunction names no source
RELATIVE_SELON = [
    "Les rumeurs selon lesquelles le club serait vendu ont été démenties.",
    "Selon que le vent tourne ou non, la course sera avancée.",
    # « selon qui » with no comma before it opens an indirect question
    "La police ignore encore selon qui le voleur a agi.",
]
# « comme » with no words of anyone: a verb that is no cue (« l'a fait », « l'a vu »), no verb,
# the subject before the clitic (not read: « Des élus comme X l'ont dénoncé » is "such as", a
# pronoun may stand for anyone), « selon les cas » (lexicon/selon_terms.txt)
COMME_NO_WORDS = [
    "Le maire a signé la convention, comme il l'a fait en 2019.",
    "Le train est parti à l'heure, comme prévu.",
    "La piscine a rouvert en juin, comme on l'a vu à Rieux.",
    "Comme il l'avait fait savoir depuis des jours, le syndicat Sud-Port a voté contre le budget.",
    "La mairie de Rieux est, selon les cas, plus ou moins sévère.",
    "Le tarif de la cantine, selon le cas, peut doubler.",
    "Des élus comme Paul Dumas l'ont dénoncé dans la presse.",
    "Des villes comme Lyon l'ont annoncé : les transports seront gratuits en août.",
    "Le maire, comme il l'a annoncé, quittera la mairie en juin.",
    "La ministre Anne Colin, comme elle l'a promis, supprimera la taxe.",
    "La présidente Anne Brun a parlé. Marc Joly quittera le club en juin, comme elle l'a annoncé "
    "mardi.",
    "Le maire Paul Dumas a baissé les impôts, comme il l'a promis pendant la campagne.",
    "Comme on l'a annoncé hier, la piscine de Rieux rouvrira en juin.",
    "Comme nous l'avons annoncé hier, le maire Paul Dumas démissionnera en mars.",
]


@pytest.mark.parametrize("text", NOT_PREDICATES + GERUNDS + RELATIVE_SELON + COMME_NO_WORDS)
def test_no_words_of_a_speaker(nlp, text):
    """Marks in no speaker's verb group, or in a gerund's phrase, give no quote at all."""
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


# a verb after marks inside a clause: the marks are its object, the verb no incise
NOT_INCISES = [
    ("Elle a lu « une lettre qui disait tout », a fermé le livre puis s'est endormie.",
     "a fermé"),
    ("Anne Roy a relu « les pages que son père avait écrites », a pleuré longtemps.",
     "a pleuré"),
    ("Il a crié « je ne veux pas partir d'ici », a couru vers la porte et l'a ouverte.",
     "a couru"),
    ("Elle a relu « une lettre qui disait tout », écarte-t-elle encore les mauvais souvenirs ?",
     "écarte-t-elle"),
]


@pytest.mark.parametrize(("text", "verb"), NOT_INCISES)
def test_not_an_incise(nlp, text, verb):
    quotes = quotes_of(nlp, text)
    assert quotes, "the marked words are still a quote"
    assert all((q.cue.text if q.cue else None) != verb for q in quotes)


@pytest.mark.parametrize("text", NOT_CUES)
def test_not_a_cue(nlp, text):
    """"Pour" opens a view only when a speaker and a clause follow: a place, "sa part", an
    infinitive, a phrase without a verb or a time give no quote; "apprendre" is a cue only
    when "on" learns from a source."""
    assert [q.span.text for q in beside_its_own_quote(nlp, text)] == []


# a participle that the next clause's verb governs (« Invité à parler, X a assuré … »): the
# marks further on belong to that verb, and the participle's infinitive is nobody's words
GOVERNED_PARTICIPLES = [
    ("Invité à s'exprimer en dernier, Paul Roux a assuré qu'il n'avait « jamais menti ».",
     "Invité"),
    ("Appelée à témoigner, Anne Roy a déclaré qu'elle avait « tout vu ».", "Appelée"),
]


@pytest.mark.parametrize(("text", "participle"), GOVERNED_PARTICIPLES)
def test_a_governed_participle_reports_nothing(nlp, text, participle):
    quotes = quotes_of(nlp, text)
    assert quotes, "the main clause's words are still a quote"
    assert all((q.cue.text if q.cue else None) != participle for q in quotes)


def test_the_journalists_own_questions_are_no_quotes(nlp):
    """An interview's questions that nobody the article names asks are the journalist's: only
    the answers are quotes."""
    text = ("Anne Vidal, chercheuse, a répondu à nos questions.\n\nComment l'avez-vous appris "
            "?\n\nAnne Vidal : Par un appel ce matin.\n\nVous vous y attendiez ?\n\nAnne "
            "Vidal : Pas du tout. Personne ne s'y attendait.")
    assert [q.span.text for q in quotes_of(nlp, text)] == [
        "Par un appel ce matin.", "Pas du tout. Personne ne s'y attendait."]


# reported words a cut leaves on a function word (a teaser cut short, a line lost in
# scraping) cannot be completed: no quote, kept as rejected with the reason
CUT_SHORT = [
    ("Le maire a assuré que les travaux commenceraient dans", "les travaux commenceraient dans"),
    ("La ministre a déclaré que le stade serait rénové par", "le stade serait rénové par"),
]


@pytest.mark.parametrize("text, cut", CUT_SHORT)
def test_words_cut_short_are_rejected(nlp, text, cut):
    from quotes.model import Article
    from quotes.pipeline import extract_doc

    result = extract_doc(Article("t", text), nlp(text))
    assert [q.span.text for q in result.quotes] == []
    assert [(text[r.start : r.end], r.reason) for r in result.rejected] == [
        (cut, "reported words cut inside their clause")]


# a stop that leaves the words on a pronoun, a noun or a verb is a whole clause's end
@pytest.mark.parametrize("text, said", [
    ("Le maire a assuré que les travaux commenceraient, et le préfet a confirmé la date.",
     "les travaux commenceraient"),
    ("La ministre a dit qu'elle y était favorable, mais a refusé de donner une date.",
     "elle y était favorable"),
])
def test_whole_clause_before_a_stop(nlp, text, said):
    assert said in [q.span.text for q in quotes_of(nlp, text)]


# « comme pour » + a reporting infinitive is the narrator's reading of the words, no quote
NARRATOR_READINGS = [
    ("Claire Dunand a promis que la piscine serait « rouverte en mai », comme pour affirmer que "
     "le chantier était fini.", ["la piscine serait « rouverte en mai »"]),
    ("Le maire Paul Sorel a déclaré que l'été avait été « sans incident », comme pour dire que "
     "la saison avait réussi.", ["l'été avait été « sans incident »"]),
]


@pytest.mark.parametrize(("text", "quotes"), NARRATOR_READINGS)
def test_comme_pour_reads_no_quote(nlp, text, quotes):
    assert [q.span.text for q in quotes_of(nlp, text)] == quotes


# words before an aside « comme » that hold a cue with its own subject are that subject's when
# the aside's verb reveals or reports (révéler, rapporter) and its subject is an outlet
# (``relays.comme_relayed``): the outlet gets no record; a verb of saying (« l'a dit », « l'avait
# affirmé », « l'a confirmé ») by a person or a body keeps the aside's subject's record, and the
# subject's own record stays in every case. (text, the subject's cue, the aside's cue, its
# speaker: None when it has no record, ANY not checked)
COMME_RELAYS = [
    ("Mardi, la ministre Anne Roy a annoncé au préfet qu'elle quittait ses fonctions, comme l'a "
     "révélé le quotidien Le Courrier de Rieux.", "a annoncé", "l'a révélé", None),
    ("La ministre des Sports a confirmé que la candidature serait déposée, comme l'a rapporté "
     "L'Équipe.", "a confirmé", "l'a rapporté", None),
    # a described subject keeps its record; an outlet the lexicon does not know is not checked
    ("Le ministre de l'Intérieur a annoncé à ses proches qu'il quitterait ses fonctions en juin, "
     "comme l'a révélé Le Canard enchaîné.", "a annoncé", "l'a révélé", ANY),
    # must not: a verb of saying by a body or a person: the aside's subject said it too
    ("Le Premier ministre a reconnu que la situation financière était « très préoccupante », "
     "comme l'a dit la Cour des comptes dans son rapport annuel.", "a reconnu", "l'a dit",
     "Cour des comptes"),
    ("Le président de la Fédération a admis que l'arbitrage avait été défaillant, comme l'avait "
     "affirmé l'entraîneur Didier Lenoir dès dimanche.", "a admis", "l'avait affirmé",
     "Didier Lenoir"),
    ("Le PDG a assuré aux syndicats que l'usine ne fermerait pas, comme l'a confirmé la "
     "ministre de l'Industrie, Agnès Vidal.", "a assuré", "l'a confirmé", "Agnès Vidal"),
]


@pytest.mark.parametrize(("text", "own_cue", "aside_cue", "aside_speaker"), COMME_RELAYS)
def test_an_outlet_that_revealed_words_is_no_speaker(nlp, text, own_cue, aside_cue,
                                                     aside_speaker):
    found = quotes_of(nlp, text)
    assert [q for q in found if q.cue is not None and q.cue.text == own_cue]
    aside = [q.speaker.name for q in found if q.cue is not None and q.cue.text == aside_cue]
    if aside_speaker is not ANY:
        assert aside == ([] if aside_speaker is None else [aside_speaker])


# a date closing a « selon » source (« la commission | de mars ») is no words of it: alone
# after the source, no record
@pytest.mark.parametrize("text", ["Selon la commission de mars.", "Selon le rapport du 3 mars."])
def test_a_date_after_a_source_is_no_words(nlp, text):
    assert [q.span.text for q in quotes_of(nlp, text)] == []
