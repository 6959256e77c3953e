"""A small catalog of real Online Retail titles for worker tests."""

from __future__ import annotations

import psycopg

TITLES = {
    "85123A": "WHITE HANGING HEART T-LIGHT HOLDER",
    "71053": "WHITE METAL LANTERN",
    "84406B": "CREAM CUPID HEARTS COAT HANGER",
    "84029G": "KNITTED UNION FLAG HOT WATER BOTTLE",
    "84029E": "RED WOOLLY HOTTIE WHITE HEART.",
    "22752": "SET 7 BABUSHKA NESTING BOXES",
    "21730": "GLASS STAR FROSTED T-LIGHT HOLDER",
    "22633": "HAND WARMER UNION JACK",
    "22632": "HAND WARMER RED POLKA DOT",
    "84879": "ASSORTED COLOUR BIRD ORNAMENT",
    "22745": "POPPY'S PLAYHOUSE BEDROOM",
    "22748": "POPPY'S PLAYHOUSE KITCHEN",
    "22749": "FELTCRAFT PRINCESS CHARLOTTE DOLL",
    "22310": "IVORY KNITTED MUG COSY",
    "84969": "BOX OF 6 ASSORTED COLOUR TEASPOONS",
    "22623": "BOX OF VINTAGE JIGSAW BLOCKS",
    "22622": "BOX OF VINTAGE ALPHABET BLOCKS",
    "21754": "HOME BUILDING BLOCK WORD",
    "21755": "LOVE BUILDING BLOCK WORD",
    "21777": "RECIPE BOX WITH METAL HEART",
    "48187": "DOORMAT NEW ENGLAND",
    "22960": "JAM MAKING SET WITH JARS",
    "22913": "RED COAT RACK PARIS FASHION",
    "22912": "YELLOW COAT RACK PARIS FASHION",
    "22914": "BLUE COAT RACK PARIS FASHION",
    "21756": "BATH BUILDING BLOCK WORD",
    "22728": "ALARM CLOCK BAKELIKE PINK",
    "22727": "ALARM CLOCK BAKELIKE RED",
    "22726": "ALARM CLOCK BAKELIKE GREEN",
    "21724": "PANDA AND BUNNIES STICKER SHEET",
}


def load_catalog(conn: psycopg.Connection, titles: dict[str, str] = TITLES) -> None:
    conn.execute("delete from rec_products")
    with conn.cursor() as cur:
        cur.executemany(
            "insert into rec_products (id, title, price) values (%s, %s, 1.0)", list(titles.items())
        )
