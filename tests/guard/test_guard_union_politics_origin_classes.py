"""Trade unions, parties and origins by class of text, in the eight languages, with look-alikes.

Each class is a way a person's union, party or origin shows in a record: a union's dues on
a payslip, a union card or a members' discount, a union meeting the writer chairs or takes
the minutes of, a union's representative at a hearing; a voter of a party, a list
representative, flyering, a gift to a party, a party whose name holds a number, a badge
worn; leading or presenting at an association of one's origin, a minority's own name. The
look-alikes are an association of a people whose name holds "union" or "Verband", a member
of a union who is no party's member, a care home called "RSA", a meeting called "Réunion",
a dog's breed. Every expected value is the GDPR Art. 9 reading of the sentence by hand.
"""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import POLITICS, RACE, UNION


# --- a union's dues on a payslip: a deduction line naming the union ---
@pytest.mark.parametrize(
    "text",
    [
        '{"employee":"E2291","deductions":[{"code":"UNISON","amount":14.20}]}',
        '{"personalnummer":"7781","abzuege":[{"art":"IGM","betrag":21.5}]}',
        '{"matricule":"A0192","retenues":[{"libelle":"CGT cotis.","montant":9.9}]}',
        '{"legajo":"L551","descuentos":[{"concepto":"UGT","importe":8.4}]}',
        '{"matricola":"Z0041","trattenute":[{"voce":"CISL","importo":10.1}]}',
        '{"personeelsnr":"P77","inhoudingen":[{"omschrijving":"FNV","bedrag":17.0}]}',
        '{"nr_kadrowy":"K0012","potrącenia":[{"nazwa":"ZZ Kolejarzy","kwota":25.0}]}',
    ],
)
def test_a_unions_dues_on_a_payslip_are_a_membership(text: str) -> None:
    assert UNION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"employee":"E2291","deductions":[{"code":"PENSION","amount":80.00}]}',
        '{"matricule":"A0192","retenues":[{"libelle":"mutuelle","montant":31.0}]}',
        '{"matricola":"Z0041","trattenute":[{"voce":"IRPEF","importo":310.1}]}',
        "Rabat po rejestracji wynosi 10 %, potrącenia nie dotyczą.",
    ],
)
def test_other_deductions_and_discounts_name_no_union(text: str) -> None:
    assert UNION not in found(text)


# --- a union's card, a members' discount, a meeting chaired or minuted, a representative ---
@pytest.mark.parametrize(
    "text",
    [
        "Enseñé el carnet de Comisiones en la farmacia y me aplicaron el descuento.",
        "Chiedo lo sconto iscritti UIL sul noleggio, tessera 22-118.",
        "Assemblea FIOM reparto verniciatura – verbalizzo io",
        "Betriebsgruppe IG Metall, Treffen am Montag – ich protokolliere",
        "Vergadering FNV Metaal – ik notuleer",
        "Zebranie NSZZ Solidarność w zakładzie – przewodniczę",
        "La trabajadora pide que la acompañe un representante de CCOO en la audiencia.",
        "O funcionário quer o dirigente do sindicato dele na reunião disciplinar.",
        "Kierowca chce, żeby był przy tym przedstawiciel z Inicjatywy Pracowniczej.",
        "Sono iscritta alla UIL: l'iscrizione mi dà l'assistenza legale.",
    ],
)
def test_a_union_card_a_meeting_run_or_a_representative_is_a_membership(text: str) -> None:
    assert UNION in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ti mando lo stick USB con i verbali, li controlli tu?",
        "Las comisiones del banco subieron otra vez este mes.",
        "nella RSA della nonna le visite sono solo al mattino",
        "Ospite della RSA San Carlo, la figlia chiede l'orario delle visite.",
    ],
)
def test_a_usb_stick_bank_fees_and_a_care_home_are_no_union(text: str) -> None:
    assert UNION not in found(text)


# --- an association of a people whose name holds "union", "Związek", "Verband" ---
@pytest.mark.parametrize(
    "text",
    [
        "Maria Rinaldi · Presidente Union di Ladins de Gherdëina",
        "Anna Kowalska · Przewodnicząca Związku Łemków, koło Gorlice",
        "Piet Hansen / Vorsitzender, Verband der Sorben, Cottbus",
    ],
)
def test_an_association_of_a_people_is_an_origin_not_a_union(text: str) -> None:
    result = found(text)
    assert UNION not in result
    assert RACE in result


# --- a party: a voter, a list representative, flyering, a gift, a badge, a meeting run ---
@pytest.mark.parametrize(
    "text",
    [
        "Der Anrufer sagt, er sei Wähler der AfD seit Jahren, und will einen anderen Berater.",
        "La clienta dice que es votante del PSOE de siempre.",
        "Volontariato: rappresentante di lista per Fratelli d'Italia alle europee",
        "zaterdag ga ik flyeren voor de VVD bij het station",
        "Donation Lib Dems 2026 – £40",
        "Donazione Lega 2025: 50 €",
        "Gift D66 mei 2026 – €30",
        "Iscritta M5S dal 2019",
        "Wpłaciłam 50 zł na Polskę 2050, a system pobrał dwa razy.",
        "Asamblea de Sumar Chamberí – presento yo las cuentas",
        "Zebranie koła Lewicy w Radomiu – przewodniczę",
        "Un client a vu mon badge LFI et m'a fait la morale pendant une heure.",
        "Je suis colistière aux municipales, les reçus des dons arrivent chez moi.",
        "chodzę na każdy Strajk Kobiet w moim mieście",
        "zaterdag flyers uitgedeeld voor de partij voor de dieren in Zwolle",
    ],
)
def test_a_voter_a_list_worker_a_gift_or_a_meeting_run_ties_a_person_to_a_party(
    text: str,
) -> None:
    assert POLITICS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wyborcy po wyborach dostaną podsumowanie w aplikacji.",
        "Zelle D66 der Tabelle ist leer, bitte prüfen.",
        "Plan 2050: the city wants zero emissions by then.",
        "me filiei ao sindicato dos professores este mês",
        "Sócio do Sindicato dos Bancários, é filiado desde 2015.",
        '"vakbond": "ACV Puls, militant"',
    ],
)
def test_look_alikes_and_a_unions_member_are_no_party(text: str) -> None:
    assert POLITICS not in found(text)


# --- an origin: leading, presenting at or keeping the books of an association of it ---
@pytest.mark.parametrize(
    "text",
    [
        "Treffen Kurdischer Elternverein Neukölln – ich moderiere",
        "Réunion collectif des Comoriens de Marseille – je présente le bilan",
        '{"członek":"A. Petrenko","stowarzyszenie":"Związek Ukraińców – koło Lublin",'
        '"funkcja":"sekretarz"}',
        "Lukas Wjelan · Vorsitzender Domowina Regionalverband Kamenz",
        "Rosa Mamani / Presidenta, Asociación de Residentes Aymaras en Sevilla",
        "Vorsitzende, Sydslesvigsk Forening / dänische Minderheit",
    ],
)
def test_leading_an_association_of_ones_origin_discloses_it(text: str) -> None:
    assert RACE in found(text)


# --- a minority's own name for its people ---
@pytest.mark.parametrize(
    "text",
    [
        "Ich bin Sintiza und wurde beim Amt anders behandelt als alle anderen.",
        "Meine Mutter ist Romni, sie braucht einen Termin mit Dolmetscher.",
        "Il cliente dice di essere sinto e chiede un recapito alternativo.",
        "Najemczyni mówi, że sąsiad ją obraża, bo jest Romką; jej mąż jest Romem.",
        "Quechuas de Bolivia: mi familia y yo somos quechuas de Potosí.",
    ],
)
def test_a_minoritys_own_name_for_a_person_is_an_origin(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    "text",
    [
        '{"animale":"Fido","razza":"meticcio","sesso":"maschio"}',
        "Réunion du collectif des parents – je présente le bilan",
        "Riunione condominio – presento io il bilancio",
        "Verband der Elektroindustrie, Vorsitzender Herr Maier",
    ],
)
def test_a_dogs_breed_and_a_meeting_are_no_origin(text: str) -> None:
    assert RACE not in found(text)


# --- a member's word in a text that names a union and no party: the union's member ---
@pytest.mark.parametrize(
    "text",
    [
        "Sócia do Sindicato dos Professores do Norte; é filiada desde 2018.",
        "Je suis militante à la CGT de mon dépôt depuis dix ans.",
        "Iscritto alla FIOM da vent'anni, tesserato anche quest'anno.",
    ],
)
def test_a_member_of_a_union_is_the_unions_member_not_a_partys(text: str) -> None:
    result = found(text)
    assert UNION in result
    assert POLITICS not in result


# --- a yes right after a question; a plan followed by an invitation ---
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Gewerkschaftsmitglied? Ja – ver.di", UNION),
        ("¿Afiliado a un sindicato? Sí, UGT desde 2015", UNION),
        ("Membro de um sindicato? Sim - STAL", UNION),
        ("sabato raccolgo firme per Sinistra Italiana in piazza, chi viene?", POLITICS),
        ("Samstag Infostand der Grünen am Markt, wer kommt mit?", POLITICS),
        ("w niedzielę roznoszę ulotki Lewicy na osiedlu, kto idzie?", POLITICS),
    ],
)
def test_a_yes_to_a_question_and_a_plan_with_an_invitation_are_statements(
    text: str, category: str
) -> None:
    assert category in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sind Sie Mitglied einer Gewerkschaft? Nein.",
        "Are you a member of a trade union? Prefer not to say",
        "Tem alguma filiação sindical? Não",
    ],
)
def test_a_question_answered_no_or_not_at_all_tells_nothing(text: str) -> None:
    assert UNION not in found(text)


# --- an initial after a title ends no sentence; a value under a label of origin ---
@pytest.mark.parametrize(
    "text",
    [
        "Aufnahme: Herr M. (71) ist Sinto, die Familie bittet um einen festen Pfleger.",
        "Encuesta de diversidad – Origen (opcional): gitana",
        "Herkunft (freiwillig, Vielfaltsumfrage): Romni",
    ],
)
def test_an_initial_after_a_title_and_a_value_under_an_origin_label_tell(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Race du chien : berger australien",
        "Origine (facultatif) : [ ] antillaise [ ] noire [ ] autre",
        "Herkunft (freiwillig): ___",
    ],
)
def test_a_dogs_breed_options_and_a_blank_under_a_label_tell_nothing(text: str) -> None:
    assert RACE not in found(text)


# --- a people named by a word that no country's name begins ("cinese", "polaco") ---
@pytest.mark.parametrize(
    "text",
    [
        "Sono di origine cinese, nata a Prato, e il modulo mi chiede la cittadinanza.",
        "Je suis d'origine turque et on me demande toujours d'où je viens vraiment.",
        "Mi padre es de origen polaco y quiere tramitar la doble nacionalidad.",
        "Sou de ascendência cabo-verdiana e queria corrigir o apelido no registo.",
        "Ik ben van Poolse afkomst en mijn achternaam wordt steeds verkeerd gespeld.",
        "Jestem pochodzenia ormiańskiego, proszę o poprawienie nazwiska w systemie.",
    ],
)
def test_a_people_named_beside_a_word_of_origin_is_an_origin(text: str) -> None:
    assert RACE in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ho ordinato al ristorante cinese, consegna in ritardo di un'ora.",
        "Pedí comida china y llegó fría.",
        "J'ai commandé un yaourt grec et un café turc.",
        "Bestelde Griekse yoghurt, verkeerde smaak geleverd.",
    ],
)
def test_a_peoples_word_for_food_is_no_origin(text: str) -> None:
    assert RACE not in found(text)


# --- a party's name that is a phrase of its language; a rule that one may not ask ---
@pytest.mark.parametrize(
    "text",
    [
        "Chega de esperas! O pedido está parado há dez dias.",
        "ben ik nou de enige die de app traag vindt? denk ik niet",
        "Podemos hacer la devolución en tienda o por correo, usted elige.",
        "Recuerde: no se puede preguntar por la afiliación política del candidato.",
        "Rappel : le recruteur ne peut pas demander l'appartenance syndicale.",
        "Promemoria: non si può chiedere l'iscrizione a un sindacato al colloquio.",
    ],
)
def test_a_phrase_and_a_rule_name_no_ones_party_or_union(text: str) -> None:
    assert found(text) & {POLITICS, UNION} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sou militante do Chega e quero o recibo do donativo.",
        "Ik ben lid van DENK sinds 2021, graag mijn adres aanpassen.",
    ],
)
def test_the_party_behind_the_phrase_is_still_found(text: str) -> None:
    assert POLITICS in found(text)


# --- a verb of joining in the first person, even in a laughing line ---
@pytest.mark.parametrize(
    "text",
    [
        "me filiei ao PCdoB ontem, nunca pensei kkk",
        "entrei no PSOL mês passado, a reunião foi ótima",
    ],
)
def test_joining_a_party_in_the_first_person_is_found(text: str) -> None:
    assert POLITICS in found(text)


# --- a business named for a people ---
@pytest.mark.parametrize(
    "text",
    [
        "Restaurante El Gitano: buena paella, servicio lento.",
        "Pizzeria Il Sinto, Bolzano – pizza ottima, prezzi giusti.",
        "Imbiss Kurdistan Grill: Döner lecker, Wartezeit lang.",
    ],
)
def test_a_business_named_for_a_people_is_no_origin(text: str) -> None:
    assert RACE not in found(text)


def test_a_guest_of_a_people_at_a_business_still_tells() -> None:
    text = "Im Hotel wurde ich als Sintiza an der Rezeption anders behandelt."
    assert RACE in found(text)


# --- a relative's first name that is also a people's word ---
@pytest.mark.parametrize(
    "text",
    [
        "Mio marito Franco esce solo in carrozzina, serve la rampa.",
        "Meu filho Franco perdeu o cartão, podem enviar outro?",
    ],
)
def test_a_relatives_first_name_is_no_origin(text: str) -> None:
    assert RACE not in found(text)
