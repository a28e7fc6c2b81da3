"""Speaker attribution on sentences as real coverage writes them (dev events, lightly trimmed):
each test names the general way reporters attribute that the rule reads."""

from __future__ import annotations

from qdiff.model import Article
from qdiff.quotes.extract import extract_quotes
from qdiff.speakers.attribute import attribute_speakers, find_mentions


def speakers(text: str) -> list[str | None]:
    article = Article("a", "A", "a.txt", text)
    quotes = extract_quotes(article)
    return list(attribute_speakers(article, quotes))


class TestNamesAroundTheAttribution:
    def test_a_day_ends_a_name(self) -> None:
        """`released by the CPSC Wednesday`: a weekday after a name is when, not who."""
        people = [m.display for m in find_mentions("It was released by the CPSC Wednesday.")]
        assert "CPSC Wednesday" not in people

    def test_a_first_name_that_is_also_an_organisation_word(self) -> None:
        """`Bill Nelson`: Bill opens a person's name; `the Finance Bill` stays a bill."""
        text = (
            '"All of us have a responsibility to protect our home planet," NASA\'s '
            'Administrator Bill Nelson said in a press release. "This mission shows that NASA '
            'is trying to be ready for whatever the universe throws at us."'
        )
        assert speakers(text) == ["Bill Nelson", "Bill Nelson"]
        (bill,) = [
            m
            for m in find_mentions("MPs passed the Finance Bill on Monday.")
            if m.key[-1] == "bill"
        ]
        assert not bill.person

    def test_a_job_in_lower_case_before_the_name(self) -> None:
        """`," agency administrator X told reporters`: a lower-case job, then the name and verb."""
        text = (
            "“Nasa has proven that we are serious as a defender of the planet,” agency "
            "administrator Bill Nelson told reporters at a press conference."
        )
        assert speakers(text) == ["Bill Nelson"]

    def test_lower_case_words_before_a_name_without_its_verb_do_not_lead(self) -> None:
        text = (
            "“We have a desire and a responsibility to lead on safety,” the chief of the "
            "division said, after talks with Bill Nelson."
        )
        assert speakers(text) != ["Bill Nelson"]

    def test_wife_after_a_possessive_is_described_not_speaking(self) -> None:
        """`Smith's wife Jada Pinkett Smith`: the wife is named as an object of the sentence, so
        `Smith` later is the Smith the article writes as its subject."""
        text = (
            "Will Smith walked on stage. Smith took umbrage with a joke made by Rock about "
            "Smith's wife Jada Pinkett Smith for her bald head.\n\n"
            'Smith repeatedly yelled at Rock to "Keep my wife\'s name out of your mouth."'
        )
        assert speakers(text) == ["Will Smith"]


class TestTheSecondQuotationOfAParagraph:
    def test_a_relaying_source_after_per(self) -> None:
        """`," she said, per Budman. "...`: the reporter relaying the words is no new voice."""
        text = (
            "Toward the end of the hearing, Elizabeth Holmes tearfully addressed the court.\n\n"
            "“I stand before you taking responsibility for Theranos. It was my life’s work,” "
            "she said, per Budman. “I am devastated by my failings.”"
        )
        assert speakers(text) == ["Elizabeth Holmes", "Elizabeth Holmes"]

    def test_a_place_in_the_attribution(self) -> None:
        """`said in remarks from the Rehoboth Beach, Del., police department. "...`"""
        text = (
            "“There is no place in America for this kind of violence,” President Biden said in "
            "remarks from the Rehoboth Beach, Del., police department. “It’s sick. We cannot "
            "condone this.”"
        )
        assert speakers(text) == ["Biden", "Biden"]

    def test_a_person_named_in_a_sentence_between_still_breaks_the_voice(self) -> None:
        text = (
            "“It has been the privilege of my life to serve,” wrote Joe Biden. "
            "He spoke after talks with Tom Green. “We will see about that soon enough.”"
        )
        assert speakers(text)[1] is None


class TestSpeechVerbs:
    def test_testified(self) -> None:
        text = (
            "“Three minutes after the subject entered the west building there were sufficient "
            "armed officers,” Steve McCraw testified to state lawmakers on Tuesday."
        )
        assert speakers(text) == ["Steve McCraw"]

    def test_shouted(self) -> None:
        text = (
            "“Keep my wife’s name out your mouth,” Will Smith shouted at a visibly surprised "
            "Rock after walking back to his seat."
        )
        assert speakers(text) == ["Will Smith"]

    def test_assured(self) -> None:
        text = "“I have a great team of doctors working alongside me,” Celine Dion assured fans."
        assert speakers(text) == ["Celine Dion"]

    def test_confesses(self) -> None:
        text = (
            "In her piece for Vogue, Serena Williams confesses, “I have never liked the term "
            "retiring.”"
        )
        assert speakers(text) == ["Serena Williams"]


class TestEpithets:
    def test_the_star_said(self) -> None:
        """`," the star said.`: the noun reporters refer back to the story's subject by."""
        text = (
            "In a video on Instagram, Celine Dion said the disorder causes spasms.\n\n"
            '"Recently, I\'ve been diagnosed with a very rare neurological disorder," the star '
            "said."
        )
        assert speakers(text) == ["Celine Dion"]

    def test_the_tennis_great_shares(self) -> None:
        text = (
            "For more than 20 years, Serena Williams has been the queen of the court.\n\n"
            "“I have never liked the word retirement,” the tennis great shares in her essay."
        )
        assert speakers(text) == ["Serena Williams"]

    def test_an_epithet_passes_over_names_listed_after_a_preposition(self) -> None:
        """`gowns by Ralph Lauren, Sergio Hudson, and Danielle Frankel`: all three are objects,
        so `the founder` is the subject named before them."""
        text = (
            "For the cover, shot by Luis Rodriguez, Serena Williams poses in a blue gown. "
            "Other outfits include gowns by Ralph Lauren, Sergio Hudson, and Danielle Frankel.\n\n"
            "“I’m here to tell you that I’m moving away from tennis,” the Serena Ventures founder "
            "said in the article."
        )
        assert speakers(text) == ["Serena Williams"]

    def test_a_comma_alone_does_not_continue_a_list(self) -> None:
        """`shot by Luis Rodriguez, Serena Williams poses`: Williams is the subject."""
        mentions = find_mentions("It was shot by Luis Rodriguez, Serena Williams poses.")
        (williams,) = [m for m in mentions if m.key == ("serena", "williams")]
        assert not williams.prepositional


class TestStatementsAndTheirAuthors:
    def test_a_statement_by_a_titled_name(self) -> None:
        """`a statement by WHO Director Dr. X ...:`: the title before the name is no obstacle."""
        text = (
            "The following is a statement by WHO Director Dr. Tedros Adhanom Ghebreyesus conveyed "
            "at a media briefing March 11:\n"
            "“In the past two weeks, the number of cases outside China has increased 13-fold.”"
        )
        assert speakers(text) == ["Tedros Adhanom Ghebreyesus"]

    def test_a_statement_from_a_company_named_without_an_organisation_word(self) -> None:
        """`A statement from OceanGate, per NBC News, reads:` is OceanGate's."""
        text = (
            "A statement from OceanGate, per NBC News, reads:\n"
            '"We now believe that our CEO Stockton Rush and four others have sadly been lost."'
        )
        assert speakers(text) == ["OceanGate"]

    def test_a_statement_owned_by_a_company(self) -> None:
        """`here’s Fox’s statement:`, `Fox News’ statement reads,`: the owner is the author."""
        assert speakers(
            "For reference, here’s Fox’s statement: “We are pleased to have reached a settlement.”"
        ) == ["Fox"]
        assert speakers(
            "The precise language in Fox News’ statement reads, “We acknowledge the Court’s "
            "rulings finding certain claims about Dominion to be false.”"
        ) == ["Fox News"]

    def test_a_place_owns_no_statement(self) -> None:
        text = "Ukraine’s statement reads: “We will keep on fighting for every inch of our land.”"
        assert speakers(text) == [None]

    def test_said_in_a_statement_released_by_another(self) -> None:
        """`X said in a statement released by the CPSC`: X's statement, not the CPSC's."""
        text = (
            "“The decision to recall both products was the right thing to do,” Peloton CEO John "
            "Foley said in a statement released by the CPSC on Wednesday.\n"
            "“We should have engaged more productively,” the statement continued."
        )
        assert speakers(text) == ["John Foley", "John Foley"]

    def test_the_statement_continues_in_the_voice_just_quoted(self) -> None:
        text = (
            "Roger Federer wrote, “As many of you know, the past three years have presented me "
            "with challenges in the form of injuries and surgeries.”\n"
            "“I am 41 years old,” the statement continues. “I have played more than 1500 "
            "matches over 24 years.”"
        )
        assert set(speakers(text)) == {"Roger Federer"}

    def test_the_statement_of_a_group_stays_unknown(self) -> None:
        """A statement signed by a family is nobody's; `the statement continued` is too."""
        text = (
            "The statement is signed by his wife, Emma Heming Willis, and his ex-wife Demi Moore.\n"
            "“To Bruce’s amazing supporters, as a family we wanted to share some news,” the "
            "statement read.\n"
            "“We are moving through this as a strong family unit,” the statement continued."
        )
        assert speakers(text) == [None, None]

    def test_another_voice_between_breaks_the_statement(self) -> None:
        text = (
            "Roger Federer wrote, “As many of you know, the past three years have been hard.”\n"
            "Rafael Nadal said he was sad.\n"
            "“I am 41 years old,” the statement continues."
        )
        assert speakers(text)[-1] is None


class TestHeadlinesAndParagraphs:
    def test_a_bar_and_what_follows_it_in_a_headline_is_furniture(self) -> None:
        """`Google's Alphabet Layoffs 2023: CEO X takes '...' | Read his full memo`: the link text
        after the bar names nobody, and a clause after a colon has its own subject."""
        text = (
            "Google's Alphabet Layoffs 2023: CEO Sundar Pichai takes 'full responsibility for "
            "the decisions that led us here' | Read his full memo\n"
            "Google's Alphabet Layoffs 2023: Pichai said the layoffs will affect jobs globally, "
            'and also said he takes “full responsibility for the decisions that led us here"'
        )
        assert speakers(text) == [None, "Sundar Pichai"]

    def test_a_name_and_a_colon_label_the_quotation(self) -> None:
        text = "Google CEO Sundar Pichai: “I take full responsibility for the decisions made”"
        assert speakers(text) == ["Sundar Pichai"]

    def test_a_possessive_and_a_colon_do_not_label(self) -> None:
        text = "Sundar Pichai's memo to staff, in full: “I take full responsibility for this”"
        assert speakers(text) != ["Sundar Pichai's"]

    def test_a_pronoun_speaking_in_the_paragraph_before(self) -> None:
        """A paragraph whose subject `she` speaks, then a paragraph that is only her words."""
        text = (
            "Liz Truss spoke outside Downing Street on Thursday afternoon.\n\n"
            "She said she was elected to change the issues facing the country.\n\n"
            '"I recognise though, given the situation, I cannot deliver the mandate."'
        )
        assert speakers(text) == ["Liz Truss"]

    def test_a_pronoun_not_speaking_in_the_paragraph_before(self) -> None:
        text = (
            "Liz Truss spoke outside Downing Street on Thursday afternoon.\n\n"
            "She walked back inside with her husband.\n\n"
            '"I recognise though, given the situation, I cannot deliver the mandate."'
        )
        assert speakers(text) == [None]


class TestAcronyms:
    def test_an_acronym_spelled_like_a_function_word_speaks(self) -> None:
        """`Continuing, WHO said: "..."`: no function word is the subject of `said`."""
        text = "Continuing, WHO said: “We have never before seen a pandemic sparked by a virus.”"
        assert speakers(text) == ["WHO"]

    def test_a_capitalised_opening_word_is_still_no_name(self) -> None:
        """`THE WOODLANDS, TX – ...`: a tabloid or dateline capital is no acronym."""
        people = [m.display for m in find_mentions("THE WOODLANDS, TX – The agency declared it.")]
        assert "THE" not in " ".join(people).split()


class TestNeverWrong:
    def test_a_title_and_an_initial_name_nobody(self) -> None:
        assert speakers("President O. said: “We will not back down on this at all.”") == [None]

    def test_another_statement_between_is_not_the_one_just_quoted(self) -> None:
        text = (
            "“We are heartbroken by the news this morning,” Jane Doe said.\n"
            "The club later released a statement.\n"
            "“He will be greatly missed by everyone here,” the statement said."
        )
        assert speakers(text) == ["Jane Doe", None]


class TestTheStatementBefore:
    def test_a_quotation_after_the_sentence_in_which_its_author_issues_a_statement(self) -> None:
        text = (
            "Google CEO Sundar Pichai has released a statement which discloses that Google will "
            'be firing 12,000 people. "I have some difficult news to share. We have decided to '
            'reduce our workforce."\n'
            '"This will mean saying goodbye to some incredibly talented people."'
        )
        assert speakers(text) == ["Sundar Pichai", "Sundar Pichai"]

    def test_a_family_statement_stays_a_group(self) -> None:
        text = (
            "Bruce Willis is stepping away from acting, his family announced in a statement.\n"
            "“To Bruce’s amazing supporters, as a family we wanted to share some news.”"
        )
        assert speakers(text) == [None]

    def test_a_paragraph_between_breaks_it(self) -> None:
        text = (
            "Sundar Pichai has released a statement to staff.\n"
            "Shares rose in early trading on Friday.\n"
            '"I have some difficult news to share with all of you today."'
        )
        assert speakers(text) == [None]

    def test_the_lawyer_for_a_name_is_the_lawyer(self) -> None:
        """`," the lawyer for X said`, `," said the lawyer for X`, `," a lawyer representing X
        told`: X is who the speaker works for, never the speaker."""
        for text in (
            "“We will fight this ruling all the way,” the lawyer for John Smith said.",
            "“We will fight this ruling all the way,” said the lawyer for John Smith.",
            "“We will fight this ruling all the way,” a lawyer representing John Smith told us.",
        ):
            assert speakers(text) == [None], text

    def test_a_possessive_owns_the_speaker_after_a_quotation(self) -> None:
        text = (
            "Jane Doe won again on Sunday.\n\n"
            "“She will fight this ruling all the way,” the star's lawyer said."
        )
        assert speakers(text) == [None]

    def test_a_role_with_an_indefinite_article_is_someone_not_named(self) -> None:
        """`," a fellow singer said`, `," a minister said`: a new, unnamed person."""
        for role in ("a fellow singer", "a minister", "an actor"):
            text = (
                "Celine Dion cancelled her tour on Thursday.\n\n"
                f"“It is heartbreaking for all of her fans,” {role} said."
            )
            assert speakers(text) == [None], role

    def test_a_role_with_an_indefinite_article_and_its_name(self) -> None:
        text = "A minister, John Smith, said: “It is heartbreaking for all of us here.”"
        assert speakers(text) == ["John Smith"]


class TestSeveralSpeakTogether:
    """`Lucy, Robert and Tim said`: the words are the group's, never its last-named member's
    (and never another Tim's whom the article names in full)."""

    def test_names_listed_before_the_verb_are_a_group(self) -> None:
        text = (
            "Professor Hawking’s children, Lucy, Robert and Tim said in a statement: “We are "
            "deeply saddened that our beloved father passed away today.”\n"
            'The astronaut Tim Peake said: "He was an inspiration to so many of us."\n'
        )
        assert speakers(text) == [None, "Tim Peake"]

    def test_two_names_joined_by_and(self) -> None:
        text = 'Smith and Jones said in a joint statement: "We will fight this ruling to the end."'
        assert speakers(text) == [None]

    def test_an_apposition_is_no_list(self) -> None:
        """`The World Health Organisation, WHO, has declared`: one body, named twice."""
        text = (
            "Speaking on Wednesday, the WHO’s Director-General, Tedros Adhanom Ghebreyesus, said: "
            "“Pandemic is not a word to use lightly or carelessly.”"
        )
        assert speakers(text) == ["Tedros Adhanom Ghebreyesus"]


class TestAPronounChain:
    def test_a_name_in_the_predicate_of_a_he_is_not_he(self) -> None:
        """`He beat Hamilton to the title ... "...," he wrote.`: the second `he` continues the
        first, the story's subject, not the rival the first one beat."""
        text = (
            "Nico Rosberg has retired from Formula One, days after winning the title.\n"
            "He beat Hamilton to the title by five points after a season-long tussle.\n"
            "“Since 25 years in racing, it has been my dream to become world champion,” he wrote.\n"
        )
        assert speakers(text) == ["Nico Rosberg"]


def test_a_line_opening_word_before_a_name_and_a_colon_is_not_the_label() -> None:
    """`Special counsel Robert Mueller: '...'`: the opening word is no one's name (the label,
    if any, is the name by the colon); `Southgate progressed: "..."` still labels."""
    headline = (
        "Special counsel Robert Mueller: 'If we had had confidence that' President Trump "
        "'clearly did not commit a crime, we would have said so'\n"
    )
    assert "Special" not in speakers(headline)
    assert speakers(
        "Southgate progressed: “It has been the honour of my life to manage England.”"
    ) == ["Southgate"]
