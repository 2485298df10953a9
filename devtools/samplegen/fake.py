"""Invented people, places, merchants and transactions, drawn from a seeded random generator."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from decimal import Decimal

from devtools.samplegen.model import Txn

CENT = Decimal("0.01")

FIRST_EN = (
    "Olivia",
    "Liam",
    "Amara",
    "Noah",
    "Priya",
    "Ethan",
    "Chloe",
    "Mateo",
    "Hannah",
    "Owen",
    "Zoe",
    "Ravi",
)
LAST_EN = (
    "Whitfield",
    "Okafor",
    "Lindqvist",
    "Marchetti",
    "Haldane",
    "Brennan",
    "Castell",
    "Nakamura",
    "Pryce",
)
FIRST_FR = ("Jean", "Sophie", "Mathieu", "Camille", "Étienne", "Léa", "Hugo", "Chloé", "Julien", "Manon")
LAST_FR = ("Tremblay", "Gagnon", "Lefebvre", "Moreau", "Girard", "Roussel", "Fontaine", "Bérard", "Lacroix")
STREETS_EN = ("Willow Lane", "Cedar Street", "Harbour Road", "Birchmount Ave", "Kingfisher Way", "Elm Court")
STREETS_FR = (
    "rue des Lilas",
    "avenue Jean-Jaurès",
    "chemin du Moulin",
    "rue Saint-Roch",
    "quai des Tanneurs",
)


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    address: tuple[str, ...]


def money(rng: random.Random, low: float, high: float) -> Decimal:
    """A random amount with cents, between low and high."""
    return Decimal(rng.randint(round(low * 100), round(high * 100))) * CENT


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


@dataclass(frozen=True, slots=True)
class Country:
    """Names and addresses of one country: '{number} {street}' (or the reverse) over '{postcode} {city}'."""

    first: tuple[str, ...]
    last: tuple[str, ...]
    streets: tuple[str, ...]
    cities: tuple[str, ...]
    postcode: str  # '#' is a digit
    number_first: bool = False
    city_first: bool = False  # 'RANDWICK NSW 2031' rather than '2031 Randwick'

    def draw(self, rng: random.Random) -> Party:
        name = f"{rng.choice(self.first)} {rng.choice(self.last)}"
        number, street = rng.randint(1, 180), rng.choice(self.streets)
        line = f"{number} {street}" if self.number_first else f"{street} {number}"
        postcode = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in self.postcode)
        city = rng.choice(self.cities)
        return Party(name, (line, f"{city} {postcode}" if self.city_first else f"{postcode} {city}"))


ABROAD = {
    "de": Country(
        ("Jonas", "Lena", "Matthias", "Sabine", "Tobias", "Anke", "Felix", "Jana"),
        ("Brückner", "Hollmann", "Weidlich", "Sommerfeld", "Krause", "Lindemann", "Vogt"),
        ("Lindenweg", "Am Mühlbach", "Gartenstraße", "Kastanienallee", "Uferstraße"),
        ("Kassel", "Erfurt", "Bielefeld", "Regensburg", "Lübeck"),
        "#####",
    ),
    "ch": Country(
        ("Reto", "Corinne", "Urs", "Seraina", "Beat", "Nadja", "Luca"),
        ("Brunner", "Ammann", "Gerber", "Zollinger", "Baumgartner", "Frei"),
        ("Seestrasse", "Bahnhofweg", "Rosenbergstrasse", "Alpenblick"),
        ("Winterthur", "Thun", "Chur", "Aarau", "Zug"),
        "3###",
    ),
    "es": Country(
        ("Lucía", "Javier", "Carmen", "Andrés", "Marta", "Pablo", "Elena", "Diego"),
        ("García Ruiz", "Moreno Vidal", "Navarro Gil", "Serrano Prieto", "Castillo Rey"),
        ("Calle del Olivo", "Avenida de la Constitución", "Calle Mayor", "Paseo de las Acacias"),
        ("Zaragoza", "Valladolid", "Córdoba", "Alicante", "Murcia"),
        "#####",
    ),
    "it": Country(
        ("Giulia", "Marco", "Chiara", "Alessandro", "Francesca", "Davide", "Sara", "Matteo"),
        ("Bianchi", "Colombo", "Ferraro", "Galli", "Marino", "Fontana", "Rinaldi"),
        ("Via dei Mille", "Via Garibaldi", "Corso Vittorio Emanuele", "Viale dei Tigli"),
        ("Bergamo", "Padova", "Modena", "Perugia", "Lecce"),
        "#####",
    ),
    "pt": Country(
        ("Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina"),
        ("Ferreira", "Carvalho", "Sousa", "Pereira", "Almeida", "Ribeiro"),
        ("Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua do Sol"),
        ("Braga", "Coimbra", "Aveiro", "Setúbal", "Faro"),
        "####-###",
    ),
    "au": Country(
        ("Mia", "Jack", "Isla", "Cooper", "Ruby", "Harvey", "Matilda"),
        ("Fitzgerald", "Nguyen", "O'Brien", "Kowalski", "Papadopoulos", "Thornton"),
        ("BANKSIA ST", "JACARANDA AVE", "ESPLANADE", "GUM TREE RD"),
        ("FREMANTLE WA", "BALLARAT VIC", "TOOWOOMBA QLD", "LAUNCESTON TAS"),
        "####",
        number_first=True,
        city_first=True,
    ),
    "sg": Country(
        ("WEI MING", "HUI LING", "ARJUN", "NUR AISYAH", "JUN JIE", "MEI XIN"),
        ("TAN", "LIM", "NG", "RAJAN", "CHUA", "ISMAIL"),
        ("TAMPINES ST 11", "ANG MO KIO AVE 3", "CLEMENTI RD", "JURONG WEST ST 41"),
        ("SINGAPORE",),
        "5#####",
        number_first=True,
        city_first=True,
    ),
    "ng": Country(
        ("Chidi", "Amaka", "Tunde", "Ngozi", "Emeka", "Funmilayo", "Ibrahim", "Zainab"),
        ("Okonkwo", "Adeyemi", "Balogun", "Eze", "Abubakar", "Okafor", "Nwosu"),
        ("Allen Avenue", "Adeola Odeku Street", "Aminu Kano Crescent", "Ogui Road"),
        ("Ikeja, Lagos", "Wuse II, Abuja", "Enugu", "Ibadan"),
        "######",
        number_first=True,
    ),
}


def person(rng: random.Random, country: str) -> Party:
    """A holder with an address in the style of `country` (ca, uk, fr, us, nl)."""
    if country == "fr":
        name = f"{rng.choice(FIRST_FR)} {rng.choice(LAST_FR)}"
        street = f"{rng.randint(1, 140)} {rng.choice(STREETS_FR)}"
        city = rng.choice(
            ("69003 LYON", "31000 TOULOUSE", "44000 NANTES", "33800 BORDEAUX", "67000 STRASBOURG")
        )
        return Party(name, (street, city))
    name = f"{rng.choice(FIRST_EN)} {rng.choice(LAST_EN)}"
    street = f"{rng.randint(2, 2999)} {rng.choice(STREETS_EN)}"
    if country == "ca":
        letters = "ABCEGHJKLMNPRSTVXY"
        postal = (
            f"{rng.choice(letters)}{rng.randint(0, 9)}{rng.choice(letters)} "
            f"{rng.randint(0, 9)}{rng.choice(letters)}{rng.randint(0, 9)}"
        )
        city = rng.choice(("TORONTO ON", "MONTREAL QC", "HALIFAX NS", "CALGARY AB", "OTTAWA ON"))
        return Party(name.upper(), (street.upper(), f"{city} {postal}"))
    if country == "uk":
        town, area = rng.choice(
            (("Harrogate", "HG1"), ("Leeds", "LS6"), ("Bristol", "BS8"), ("York", "YO10"))
        )
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        postcode = f"{area} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        return Party(name, (street, town, postcode))
    if country == "nl":
        postcode = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGH')}{rng.choice('JKLMNPRS')}"
        city = rng.choice(("Amsterdam", "Utrecht", "Rotterdam", "Haarlem"))
        return Party(
            name,
            (
                f"{rng.choice(('Keizersgracht', 'Lindenstraat', 'Vondelweg'))} {rng.randint(2, 300)}",
                f"{postcode} {city}",
            ),
        )
    if country in ABROAD:
        return ABROAD[country].draw(rng)
    state, city, zip_low = rng.choice(
        (("IL", "Springfield", 62701), ("OR", "Salem", 97301), ("OH", "Dayton", 45402))
    )
    return Party(
        name.upper(),
        (
            f"{street.upper()} APT {rng.randint(1, 12)}",
            f"{city.upper()}, {state} {zip_low + rng.randint(0, 20)}",
        ),
    )


_DIGIT_FIELDS = {"n3": 3, "n4": 4, "n6": 6, "n7": 7, "n8": 8, "n9": 9}


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of transaction: how often, which way the money goes, how much, and how it reads.

    `template` fields are filled from `choices` of the same name, or with random digits for
    n3, n4, n6, n7, n8 and n9.
    """

    weight: int
    sign: int  # -1 money out, +1 money in
    low: float
    high: float
    template: str
    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def describe(self, rng: random.Random) -> str:
        values = {name: rng.choice(options) for name, options in self.choices}
        numbers = {name: digits(rng, count) for name, count in _DIGIT_FIELDS.items()}
        # a chosen value may hold digit fields of its own ("MAPLE FUEL #{n3}"): fill them second
        return self.template.format(**values, **numbers).format(**numbers)


def kind(weight: int, sign: int, low: float, high: float, template: str, **choices: tuple[str, ...]) -> Kind:
    return Kind(weight, sign, low, high, template, tuple(choices.items()))


_CA_SHOPS = (
    "GREENLEAF GROCERS #{n3}",
    "NORTHERN PANTRY",
    "BLUE HERON CAFE",
    "PINECONE PHARMACY",
    "MAPLE FUEL #{n3}",
    "TIDEWATER HARDWARE",
    "LANTERN BOOKS",
    "CORNERSTONE MARKET",
)
_CA_CITIES = ("TORONTO ON", "MONTREAL QC", "HALIFAX NS")
_CA_PEOPLE = ("SOPHIE COTE", "MARC GAGNON", "AISHA BELL", "DEREK YOUNG", "NINA PATEL")

CANADA = (
    kind(10, -1, 4, 160, "POS PURCHASE {shop} {city}", shop=_CA_SHOPS, city=_CA_CITIES),
    kind(3, -1, 30, 900, "INTERAC E-TRANSFER SENT {person} REF {n8}", person=_CA_PEOPLE),
    kind(3, 1, 40, 1200, "E-TRANSFER RECEIVED {person}", person=_CA_PEOPLE),
    kind(
        2,
        -1,
        60,
        240,
        "PRE-AUTHORIZED DEBIT {payee}",
        payee=("BRIGHTWATER HYDRO", "KESTREL MOBILE", "RIVERBEND INSURANCE MONTHLY PREMIUM POLICY 4471"),
    ),
    kind(
        2,
        -1,
        20,
        400,
        "ATM WITHDRAWAL {n4} {street}",
        street=("KING ST W", "RUE STE-CATHERINE", "SPRING GARDEN RD"),
    ),
    kind(
        1,
        -1,
        12,
        80,
        "ONLINE PURCHASE {shop}",
        shop=("PIXELWORKS STREAMING SUBSCRIPTION RENEWAL", "PAPERKITE BOOKS"),
    ),
    # long enough to wrap over three lines
    kind(
        1,
        -1,
        40,
        300,
        "BILL PAYMENT {payee} ACCOUNT {n9} CONFIRMATION {n8} VIA ONLINE BANKING",
        payee=("CITY OF HALIFAX PROPERTY TAX", "RIVERBEND INSURANCE"),
    ),
)
CANADA_PAYROLL = kind(
    0, 1, 1800, 3400, "PAYROLL DEPOSIT {employer}", employer=("NORTHWIND LOGISTICS INC", "ASTERWOOD HEALTH")
)
CANADA_FEE = kind(0, -1, 4, 16, "{fee}", fee=("MONTHLY ACCOUNT FEE", "SERVICE CHARGE"))

_UK_TOWNS = ("HARROGATE", "LEEDS", "YORK")
_UK_PEOPLE = ("J WHITFIELD", "A OKAFOR", "R PRYCE", "M HALDANE", "S BRENNAN", "L CASTELL")
UK = (
    kind(
        10,
        -1,
        3,
        120,
        "VIS {shop} {town}",
        town=_UK_TOWNS,
        shop=("GREENGROCER & CO", "THE COPPER KETTLE", "HILLTOP PHARMACY", "DALES BAKERY"),
    ),
    kind(
        3,
        -1,
        25,
        160,
        "DD {payee}",
        payee=("BRIGHTWATER ENERGY LTD", "KESTREL MOBILE", "HARROGATE BOROUGH COUNCIL TAX"),
    ),
    kind(2, -1, 20, 300, "ATM CASH NOTEMACHINE {street}", street=("MARKET ST", "STATION RD")),
    kind(2, -1, 40, 900, "BP {person} RENT SHARE REF {n6}", person=_UK_PEOPLE),
    kind(
        1, -1, 30, 400, "BP {person} HOLIDAY COTTAGE DEPOSIT REF {n6} VIA ONLINE BANKING", person=_UK_PEOPLE
    ),
    kind(2, 1, 20, 700, "CR {person} FASTER PAYMENT THANK YOU", person=_UK_PEOPLE),
)
UK_PAYROLL = kind(
    0, 1, 1500, 3000, "CR {employer}", employer=("NORTHWIND LOGISTICS LTD SALARY", "ASTERWOOD HEALTH PAYROLL")
)
UK_FEE = kind(0, -1, 3, 15, "{fee}", fee=("ARRANGED OVERDRAFT FEE", "ACCOUNT FEE"))

_FR_CITIES = ("LYON", "NANTES", "TOULOUSE")
FRANCE = (
    kind(
        10,
        -1,
        3,
        150,
        "CB {shop} {city}",
        city=_FR_CITIES,
        shop=("BOULANGERIE DU MARCHÉ", "PHARMACIE DES QUAIS", "ÉPICERIE VERTE", "LIBRAIRIE LA PLUME"),
    ),
    kind(
        3,
        -1,
        30,
        180,
        "PRÉLÈVEMENT {payee}",
        payee=("ÉNERGIE RHÔNE-AZUR ÉCHÉANCE MENSUELLE", "MUTUELLE DES TILLEULS", "TÉLÉCOM HIRONDELLE"),
    ),
    kind(
        2,
        -1,
        20,
        200,
        "RETRAIT DAB {place}",
        place=("LYON BELLECOUR", "NANTES COMMERCE", "TOULOUSE CAPITOLE"),
    ),
    kind(
        2,
        1,
        30,
        600,
        "VIREMENT SEPA REÇU {person} REMBOURSEMENT",
        person=("M. GIRARD", "MME FONTAINE", "M. LACROIX"),
    ),
    kind(
        2,
        -1,
        50,
        800,
        "VIREMENT SEPA ÉMIS LOYER {payee} RÉF {n7}",
        payee=("SCI LES PLATANES", "AGENCE DU PARC"),
    ),
)
FRANCE_PAYROLL = kind(
    0,
    1,
    1700,
    3200,
    "VIREMENT SEPA REÇU SALAIRE {employer}",
    employer=("ATELIERS RIVAGE", "CLINIQUE DES SAULES"),
)
FRANCE_FEE = kind(0, -1, 2, 12, "{fee}", fee=("FRAIS DE TENUE DE COMPTE", "COTISATION CARTE"))

_US_PEOPLE = ("K MORGAN", "T ALVAREZ", "B CHEN")
US = (
    kind(
        10,
        -1,
        4,
        180,
        "DEBIT CARD PURCHASE {shop} {city}",
        city=("SPRINGFIELD IL", "SALEM OR", "DAYTON OH"),
        shop=("PRAIRIE FOODS", "OAK & IRON DINER", "SUNRISE FUEL", "HOLLOW TREE PHARMACY"),
    ),
    kind(2, -1, 40, 700, "CHECK #10{n3}"),
    kind(2, -1, 20, 500, "P2P TRANSFER TO {person} CONF {n9}", person=_US_PEOPLE),
    kind(2, 1, 20, 400, "P2P TRANSFER FROM {person}", person=_US_PEOPLE),
    kind(
        2,
        -1,
        50,
        260,
        "ACH DEBIT {payee}",
        payee=("GREATPLAINS ELECTRIC UTILITY PAYMENT", "RIDGELINE AUTO INSURANCE"),
    ),
)
US_PAYROLL = kind(
    0, 1, 1400, 3100, "ACH DEPOSIT PAYROLL {employer}", employer=("BRIGHTWORKS MFG", "CEDAR VALLEY SCHOOLS")
)
US_FEE = kind(0, -1, 5, 15, "{fee}", fee=("MONTHLY SERVICE FEE", "PAPER STATEMENT FEE"))

_NL_PEOPLE = ("J. de Vries", "M. Jansen", "P. Bakker")
NETHERLANDS = (
    kind(
        10,
        -1,
        3,
        140,
        "Card payment {shop} {city}",
        city=("Amsterdam", "Utrecht", "Haarlem"),
        shop=("Bakkerij Zonneveld", "Fietsenwinkel De Spaak", "Apotheek Oost", "Markt Versland"),
    ),
    kind(
        3,
        -1,
        30,
        190,
        "Direct debit {payee}",
        payee=("Waterland Energie termijnbedrag", "Polder Telecom", "Zorgverzekering Tulp"),
    ),
    kind(2, 1, 20, 500, "SEPA credit transfer from {person} Tikkie", person=_NL_PEOPLE),
    kind(2, -1, 40, 900, "SEPA transfer to {payee} ref {n8}", payee=("Woonstede Verhuur", *_NL_PEOPLE)),
    kind(1, -1, 20, 200, "ATM withdrawal {place}", place=("Damrak", "Neude")),
)
NETHERLANDS_PAYROLL = kind(
    0, 1, 2000, 3600, "SEPA credit transfer {employer}", employer=("Salary Northwind BV", "Salaris Gemeente")
)
NETHERLANDS_FEE = kind(0, -1, 2, 9, "{fee}", fee=("Account package fee", "Debit card fee"))

CARD = (
    kind(
        10,
        -1,
        5,
        240,
        "{shop} {city}",
        city=("TORONTO ON", "VANCOUVER BC", "ONLINE"),
        shop=("GREENLEAF GROCERS", "BLUE HERON CAFE", "SKYLINE AIR", "TIDEWATER HARDWARE", "PIXELWORKS"),
    ),
    kind(1, 1, 10, 90, "RETURN {shop} TORONTO ON", shop=("TIDEWATER HARDWARE", "LANTERN BOOKS")),
)
CARD_PAYMENT = kind(0, 1, 200, 900, "{payment}", payment=("PAYMENT - THANK YOU", "PAYMENT RECEIVED"))
CARD_FEE = kind(0, -1, 5, 40, "{fee}", fee=("INTEREST CHARGE PURCHASES", "ANNUAL FEE"))

SAVINGS_KINDS = (
    kind(3, 1, 50, 600, "{transfer}", transfer=("TRANSFER FROM CHEQUING", "ONLINE TRANSFER IN")),
    kind(1, -1, 50, 400, "{transfer}", transfer=("TRANSFER TO CHEQUING", "ONLINE TRANSFER OUT")),
)
SAVINGS_INTEREST = kind(0, 1, 0.5, 9, "INTEREST PAID")

# Statements in other languages and of other kinds (devtools.samplegen.world). A '|' in a
# description splits it into the lines a layout prints: the first above the row (a counterparty).

_DE_PEOPLE = ("J. Brückner", "S. Hollmann", "T. Weidlich", "A. Sommerfeld")
GERMANY = (
    kind(
        10,
        -1,
        4,
        140,
        "Kartenzahlung {shop} {city}",
        city=("Kassel", "Erfurt", "Lübeck"),
        shop=("Bäckerei Kornblume", "Frischemarkt Nord", "Apotheke am Ring", "Buchhandlung Seite 7"),
    ),
    kind(
        3,
        -1,
        25,
        190,
        "SEPA-Lastschrift {payee} Mandat M{n8} Gläubiger-ID DE{n9}{n9} Kundennr. {n7}",
        payee=("Stadtwerke Auenfeld GmbH", "Funknetz Mitte AG", "Haftpflicht Kranich VVaG"),
    ),
    kind(2, -1, 20, 300, "Bargeldauszahlung Geldautomat {place}", place=("Königsplatz", "Domplatz")),
    kind(2, 1, 15, 600, "Gutschrift {person} Rückzahlung Auslage", person=_DE_PEOPLE),
    kind(2, -1, 300, 950, "Dauerauftrag Miete {payee} Wohnung 3. OG", payee=("Wohnbau Lindenhof eG",)),
    kind(
        1, -1, 30, 400, "Überweisung {person} Verwendungszweck Rechnung {n6} vom Vormonat", person=_DE_PEOPLE
    ),
)
GERMANY_PAYROLL = kind(
    0,
    1,
    1900,
    3600,
    "Gehalt {employer} Lohn/Gehalt",
    employer=("Nordhafen Logistik GmbH", "Klinikum Auental"),
)
GERMANY_FEE = kind(0, -1, 3, 12, "{fee}", fee=("Kontoführungsentgelt", "Entgelt Girocard"))

_ES_PEOPLE = ("LUCIA MORENO", "PABLO NAVARRO", "ELENA SERRANO", "DIEGO CASTILLO")
SPAIN = (
    kind(
        10,
        -1,
        3,
        130,
        "COMPRA TARJ. {shop} {city}",
        city=("ZARAGOZA", "CORDOBA", "MURCIA"),
        shop=("PANADERIA LA ESPIGA", "FARMACIA DEL PASEO", "SUPERMERCADO EL OLIVO", "LIBRERIA PAPIRO"),
    ),
    kind(
        3,
        -1,
        25,
        160,
        "RECIBO {payee} REF. {n9}",
        payee=("ELECTRICA DEL EBRO", "TELEFONIA ALBORADA", "SEGUROS LA HIGUERA"),
    ),
    kind(2, -1, 20, 300, "REINTEGRO CAJERO {place}", place=("PZA. ESPAÑA", "C/ MAYOR")),
    kind(2, 1, 15, 500, "TRANSFERENCIA RECIBIDA DE {person}", person=_ES_PEOPLE),
    kind(2, -1, 20, 400, "TRANSFERENCIA INMEDIATA A {person} CONCEPTO CENA", person=_ES_PEOPLE),
)
SPAIN_PAYROLL = kind(
    0, 1, 1400, 2900, "NOMINA {employer}", employer=("TALLERES DEL NORTE S.L.", "HOSPITAL SAN RAFAEL")
)
SPAIN_FEE = kind(0, -1, 3, 15, "{fee}", fee=("COMISION MANTENIMIENTO", "CUOTA TARJETA DEBITO"))

_IT_PEOPLE = ("GIULIA COLOMBO", "MARCO GALLI", "SARA RINALDI")
ITALY = (
    kind(
        10,
        -1,
        3,
        140,
        "PAGAMENTO POS {shop} {city}",
        city=("BERGAMO", "PADOVA", "MODENA"),
        shop=("FORNO SAN MICHELE", "FARMACIA CENTRALE", "ALIMENTARI DA PINO", "LIBRERIA IL GELSO"),
    ),
    kind(
        3,
        -1,
        25,
        170,
        "ADDEBITO DIRETTO SDD {payee} MANDATO {n8} FATTURA {n9}",
        payee=("LUCE E GAS PADANA", "TELEFONIA AURORA", "ASSICURAZIONI IL FARO"),
    ),
    kind(2, -1, 20, 250, "PRELIEVO ATM {place}", place=("P.ZZA DUOMO", "VIA ROMA")),
    kind(2, 1, 15, 500, "BONIFICO A VOSTRO FAVORE DA {person} RIMBORSO", person=_IT_PEOPLE),
    kind(2, -1, 30, 600, "BONIFICO DISPOSTO A FAVORE DI {person} CAUSALE AFFITTO", person=_IT_PEOPLE),
)
ITALY_PAYROLL = kind(
    0, 1, 1500, 2800, "EMOLUMENTI {employer}", employer=("OFFICINE RIVA SPA", "COMUNE DI VALLEVERDE")
)
ITALY_FEE = kind(0, -1, 2, 12, "{fee}", fee=("CANONE MENSILE CONTO", "IMPOSTA DI BOLLO"))

_NL_NAMES = ("S. van Dijk", "D. de Graaf", "F. Visser", "B. Mulder")
DUTCH = (
    kind(
        10,
        -1,
        3,
        120,
        "{shop} {city}|Betaalautomaat pas {n3}",
        city=("ZWOLLE", "LEIDEN", "BREDA"),
        shop=("BAKKERIJ DE KORENAAR", "DROGISTERIJ ZONNEBLOEM", "VERSMARKT OOST"),
    ),
    kind(
        3,
        -1,
        25,
        180,
        "{payee}|Incasso machtiging {n8} termijn",
        payee=("Waterschap Vechtdal", "Energie Zuiderlicht", "Zorgverzekeraar Kievit"),
    ),
    kind(2, -1, 20, 200, "Geldautomaat {place}|Opname pas {n3}", place=("Grote Markt", "Stationsplein")),
    kind(2, 1, 15, 450, "{person}|Overschrijving terugbetaling", person=_NL_NAMES),
    kind(2, -1, 30, 700, "{person}|Overschrijving kenmerk {n8}", person=_NL_NAMES),
)
DUTCH_PAYROLL = kind(
    0, 1, 2000, 3500, "{employer}|Salaris maand", employer=("Havenbedrijf Delta BV", "Gemeente Vechtstad")
)
DUTCH_FEE = kind(0, -1, 2, 9, "Kosten betaalpakket")

_PT_PEOPLE = ("INES SOUSA", "TIAGO ALMEIDA", "RUI RIBEIRO")
PORTUGAL = (
    kind(
        10,
        -1,
        3,
        120,
        "COMPRA {shop} {city}",
        city=("BRAGA", "AVEIRO", "FARO"),
        shop=("PADARIA FLOR DO CAMPO", "FARMACIA DO LARGO", "MERCEARIA AZUL", "LIVRARIA GIRASSOL"),
    ),
    kind(
        3,
        -1,
        20,
        150,
        "DEB. DIRECTO {payee} ADC {n9}",
        payee=("ÁGUAS DO VALE", "LUZ ATLÂNTICA", "TELECOM ESTRELA"),
    ),
    kind(2, -1, 20, 200, "LEVANTAMENTO {place}", place=("AV. CENTRAL", "PRAÇA NOVA")),
    kind(2, 1, 15, 400, "TRF. RECEBIDA DE {person}", person=_PT_PEOPLE),
    kind(2, -1, 20, 500, "TRF. P/ {person} RENDA", person=_PT_PEOPLE),
)
PORTUGAL_PAYROLL = kind(
    0, 1, 1000, 2400, "VENCIMENTO {employer}", employer=("CONSERVAS MARÉ LDA", "MUNICÍPIO DE VALE ALTO")
)
PORTUGAL_FEE = kind(0, -1, 2, 9, "{fee}", fee=("COMISSÃO DE MANUTENÇÃO", "IMPOSTO DO SELO"))

_NG_PEOPLE = ("CHIDI OKONKWO", "AMAKA EZE", "TUNDE ADEYEMI", "ZAINAB ABUBAKAR", "EMEKA NWOSU")
WALLET = (
    kind(6, -1, 500, 25000, "{person}|Transfer to", person=_NG_PEOPLE),
    kind(3, -1, 100, 5000, "{item}", item=("Airtime top-up", "Data bundle", "Electricity token")),
    kind(3, -1, 1000, 30000, "{item}", item=("Card payment - POS", "Card payment - Web")),
    kind(3, 1, 1, 40, "Savings interest"),
    kind(2, 1, 1000, 40000, "{person}|Transfer from", person=_NG_PEOPLE),
)
WALLET_INCOME = kind(0, 1, 20000, 90000, "{person}|Transfer from", person=_NG_PEOPLE)
WALLET_FEE = kind(0, -1, 50, 50, "Stamp duty")

# A card statement of a Swiss issuer: purchases abroad carry a foreign-currency line (world.FOREIGN).
SWISS_CARD = (
    kind(
        8,
        -1,
        5,
        220,
        "{shop} {city}",
        city=("ZUERICH CH", "THUN CH", "CHUR CH"),
        shop=("BERGBECK AG", "KIOSK SEEBLICK", "ALPENGARAGE", "BUCHLADEN ZYTGLOGGE"),
    ),
    kind(
        3,
        -1,
        10,
        300,
        "{shop} {city}",
        city=("MILANO IT", "LYON FR", "LONDON GB", "MUENCHEN DE"),
        shop=("HOTEL BELVEDERE", "TRATTORIA DEL PONTE", "MUSEUM SHOP", "AIRPORT PARKING"),
    ),
    kind(1, 1, 10, 80, "GUTSCHRIFT {shop}", shop=("ALPENGARAGE", "BUCHLADEN ZYTGLOGGE")),
)
SWISS_CARD_PAYMENT = kind(
    0, 1, 300, 1200, "{payment}", payment=("IHRE ZAHLUNG BESTEN DANK", "ZAHLUNGSEINGANG")
)
SWISS_CARD_FEE = kind(0, -1, 2, 9, "{fee}", fee=("BEARBEITUNGSGEBUEHR AUSLAND", "JAHRESBEITRAG ANTEIL"))

# A card account of an Australian issuer, which shows what is owed as a negative balance.
AU_CARD = (
    kind(
        10,
        -1,
        5,
        250,
        "{shop} {city}",
        city=("FREMANTLE WA", "BALLARAT VIC", "TOOWOOMBA QLD"),
        shop=("WATTLE CAFE", "SOUTHERN CROSS FUEL", "KOOKABURRA BOOKS", "HARBOURSIDE PHARMACY"),
    ),
    kind(2, -1, 10, 90, "{shop}", shop=("ONLINE STREAMING SUBSCRIPTION SYDNEY", "RIDESHARE TRIP MELBOURNE")),
    kind(1, 1, 10, 90, "REFUND {shop}", shop=("KOOKABURRA BOOKS", "WATTLE CAFE")),
)
AU_CARD_PAYMENT = kind(
    0, 1, 300, 1500, "{payment}", payment=("PAYMENT RECEIVED THANK YOU", "DIRECT DEBIT PAYMENT RECEIVED")
)
AU_CARD_FEE = kind(0, -1, 5, 40, "{fee}", fee=("INTEREST ON PURCHASES", "LATE PAYMENT FEE"))

# An Australian transaction account: card purchases, direct debits, transfers, a salary.
_AU_PEOPLE = ("M FITZGERALD", "J NGUYEN", "R OBRIEN", "T KOWALSKI")
AUSTRALIA = (
    kind(
        10,
        -1,
        4,
        180,
        "{kind} {shop} {city}",
        kind=("EFTPOS", "VISA DEBIT PURCHASE"),
        city=("FREMANTLE WA", "BALLARAT VIC", "TOOWOOMBA QLD"),
        shop=("WATTLE CAFE", "SOUTHERN CROSS FUEL", "KOOKABURRA BOOKS", "BANKSIA GROCER"),
    ),
    kind(3, -1, 30, 260, "DIRECT DEBIT {payee}", payee=("OUTBACK ENERGY", "PLATYPUS MOBILE", "SHIRE RATES")),
    kind(2, -1, 40, 700, "TRANSFER TO {person}|NETBANK REF {n6}", person=_AU_PEOPLE),
    kind(2, 1, 20, 500, "TRANSFER FROM {person}|REF {n6}", person=_AU_PEOPLE),
)
AUSTRALIA_PAYROLL = kind(
    0, 1, 1800, 3600, "SALARY {employer}", employer=("GUMTREE HEALTH", "REEF LOGISTICS PTY")
)
AUSTRALIA_FEE = kind(0, -1, 4, 10, "{fee}", fee=("MONTHLY ACCOUNT FEE", "OVERSEAS ATM FEE"))

# A Singapore card: ride-hailing, groceries, online shops, some abroad; a payment by GIRO or transfer.
SINGAPORE_CARD = (
    kind(
        10,
        -1,
        4,
        260,
        "{shop} SINGAPORE SG",
        shop=("MERLION GROCER", "KOPI CORNER", "RIDE*TRIP", "ORCHARD BOOKS", "HAWKER PAY"),
    ),
    kind(2, -1, 10, 400, "{shop}", shop=("ONLINE MARKET KUALA LUMPUR MY", "AIRPORT DUTY FREE BANGKOK TH")),
    kind(1, 1, 5, 80, "REFUND {shop} SINGAPORE SG", shop=("ORCHARD BOOKS", "MERLION GROCER")),
)
SINGAPORE_CARD_PAYMENT = kind(
    0, 1, 300, 1500, "{payment}", payment=("PAYMENT VIA GIRO", "FAST PAYMENT RECEIVED")
)
SINGAPORE_CARD_FEE = kind(0, -1, 5, 60, "{fee}", fee=("FINANCE CHARGE", "LATE PAYMENT CHARGE"))


# Card statements of issuers in the other lexicon languages, in each language's own words (written
# here, not drawn from the lexicon): purchases at home and abroad, a refund, a payment, a fee.
_CARD_WORDS = {
    "es": ("DEVOLUCION", ("PAGO RECIBIDO - GRACIAS", "SU PAGO GRACIAS"), ("INTERESES", "CUOTA ANUAL")),
    "fr": (
        "REMBOURSEMENT",
        ("PAIEMENT RECU - MERCI", "VOTRE REGLEMENT"),
        ("INTERETS", "COTISATION ANNUELLE"),
    ),
    "it": ("RIMBORSO", ("PAGAMENTO RICEVUTO - GRAZIE", "ADDEBITO IN CONTO"), ("INTERESSI", "QUOTA ANNUALE")),
    "nl": ("TERUGBETALING", ("BETALING ONTVANGEN - BEDANKT", "UW BETALING"), ("RENTE", "JAARBIJDRAGE")),
    "pt": ("DEVOLUCAO", ("PAGAMENTO RECEBIDO - OBRIGADO", "O SEU PAGAMENTO"), ("JUROS", "ANUIDADE")),
}
_CARD_CITIES = {
    "es": ("MADRID ES", "SEVILLA ES"),
    "fr": ("LYON FR", "NANTES FR"),
    "it": ("MILANO IT", "TORINO IT"),
    "nl": ("UTRECHT NL", "HAARLEM NL"),
    "pt": ("LISBOA PT", "PORTO PT"),
}
_CARD_SHOPS = ("SUPERMERCADO SOL", "CAFE CENTRAL", "LIBRERIA DEL PUERTO", "FARMACIA NOVA", "GASOLINERA RUTA")


def _card_profile(language: str) -> Profile:
    refund, payments, fees = _CARD_WORDS[language]
    shops = (
        kind(9, -1, 5, 240, "{shop} {city}", shop=_CARD_SHOPS, city=_CARD_CITIES[language]),
        kind(
            2,
            -1,
            10,
            300,
            "{shop} {city}",
            shop=("HOTEL MIRADOR", "AIRPORT PARKING"),
            city=("LONDON GB", "ZUERICH CH"),
        ),
        kind(1, 1, 10, 80, f"{refund} {{shop}}", shop=_CARD_SHOPS[:2]),
    )
    return Profile(
        shops, kind(0, 1, 200, 1200, "{payment}", payment=payments), kind(0, -1, 3, 40, "{fee}", fee=fees)
    )


# A Swiss account in German: the kind of transaction on the first line, its details under it.
_CH_PEOPLE = ("R. Brunner", "C. Ammann", "U. Gerber", "S. Zollinger")
SWITZERLAND = (
    kind(
        10,
        -1,
        4,
        160,
        "KAUF/DIENSTLEISTUNG|{shop} {city}",
        city=("THUN", "CHUR", "AARAU"),
        shop=("BERGBECK AG", "KIOSK SEEBLICK", "MIGROSSA FILIALE", "APOTHEKE ZUM STERN"),
    ),
    kind(
        3,
        -1,
        40,
        400,
        "E-FINANCE {payee}|MITTEILUNGEN: RECHNUNG {n6}",
        payee=("ELEKTRIZITAETSWERK THUN", "KRANKENKASSE ALPINA", "SWISSTEL AG"),
    ),
    kind(2, -1, 20, 300, "BARGELDBEZUG|POSTOMAT {place}", place=("BAHNHOF THUN", "CHUR STADT")),
    kind(2, 1, 20, 500, "GIRO AUS KONTO|{person}|MITTEILUNGEN: RUECKZAHLUNG", person=_CH_PEOPLE),
)
SWITZERLAND_PAYROLL = kind(
    0, 1, 3800, 7200, "GUTSCHRIFT|{employer} LOHN", employer=("SPITAL THUN AG", "BERGBAHNEN AG")
)
SWITZERLAND_FEE = kind(0, -1, 3, 9, "{fee}", fee=("PREIS FUER KONTOFUEHRUNG", "PREIS FUER ZAHLUNGSVERKEHR"))


@dataclass(frozen=True, slots=True)
class Profile:
    """The transaction mix of one kind of account in one country."""

    kinds: tuple[Kind, ...]
    income: Kind  # payroll every two weeks; a card payment
    fee: Kind  # once, near the period's end


PROFILES = {
    "ca": Profile(CANADA, CANADA_PAYROLL, CANADA_FEE),
    "uk": Profile(UK, UK_PAYROLL, UK_FEE),
    "fr": Profile(FRANCE, FRANCE_PAYROLL, FRANCE_FEE),
    "us": Profile(US, US_PAYROLL, US_FEE),
    "nl": Profile(NETHERLANDS, NETHERLANDS_PAYROLL, NETHERLANDS_FEE),
    "card": Profile(CARD, CARD_PAYMENT, CARD_FEE),
    "savings": Profile(SAVINGS_KINDS, SAVINGS_INTEREST, SAVINGS_INTEREST),
    "de": Profile(GERMANY, GERMANY_PAYROLL, GERMANY_FEE),
    "es": Profile(SPAIN, SPAIN_PAYROLL, SPAIN_FEE),
    "it": Profile(ITALY, ITALY_PAYROLL, ITALY_FEE),
    "nl-nl": Profile(DUTCH, DUTCH_PAYROLL, DUTCH_FEE),
    "pt": Profile(PORTUGAL, PORTUGAL_PAYROLL, PORTUGAL_FEE),
    "wallet": Profile(WALLET, WALLET_INCOME, WALLET_FEE),
    "ch-card": Profile(SWISS_CARD, SWISS_CARD_PAYMENT, SWISS_CARD_FEE),
    "au-card": Profile(AU_CARD, AU_CARD_PAYMENT, AU_CARD_FEE),
    "au": Profile(AUSTRALIA, AUSTRALIA_PAYROLL, AUSTRALIA_FEE),
    "ch": Profile(SWITZERLAND, SWITZERLAND_PAYROLL, SWITZERLAND_FEE),
    "sg-card": Profile(SINGAPORE_CARD, SINGAPORE_CARD_PAYMENT, SINGAPORE_CARD_FEE),
    **{f"{language}-card": _card_profile(language) for language in _CARD_WORDS},
}


def transactions(rng: random.Random, profile: str, start: dt.date, end: dt.date, count: int) -> list[Txn]:
    """About `count` transactions in [start, end], in date order, one at least in the last five days.

    No two share date, description and amount, so a clean statement never looks duplicated.
    """
    mix = PROFILES[profile]
    days = (end - start).days
    drawn: list[tuple[dt.date, Txn]] = []

    def add(date: dt.date, kind: Kind) -> None:
        amount = kind.sign * money(rng, kind.low, kind.high)
        lines = tuple(kind.describe(rng).split("|"))
        printed = lines if len(lines) > 1 else ()
        drawn.append(
            (date, Txn(date=date, description=" ".join(lines), amount=amount, printed_lines=printed))
        )

    if count <= 0:
        return []
    first_income = rng.randint(1, 10)
    for offset in range(first_income, days, 14):
        if len(drawn) < count // 3:
            add(start + dt.timedelta(days=offset), mix.income)
    if count >= 6:
        add(end - dt.timedelta(days=rng.randint(0, 2)), mix.fee)
    weights = [k.weight for k in mix.kinds]
    while len(drawn) < count - 1:
        add(start + dt.timedelta(days=rng.randint(0, days)), rng.choices(mix.kinds, weights)[0])
    add(end - dt.timedelta(days=rng.randint(0, 4)), mix.kinds[0])
    drawn.sort(key=lambda pair: pair[0])
    return _unique([txn for _, txn in drawn])


def _unique(txns: list[Txn]) -> list[Txn]:
    seen: set[tuple[dt.date, str, Decimal]] = set()
    out = []
    for txn in txns:
        amount = txn.amount
        while (txn.date, txn.description, amount) in seen:
            amount += CENT if amount > 0 else -CENT
        seen.add((txn.date, txn.description, amount))
        out.append(replace(txn, amount=amount))
    return out
