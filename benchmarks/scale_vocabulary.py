"""The words of the scale data set's catalog: departments with their product types, colours, styles, brands."""

from __future__ import annotations

# department: (materials, features, uses, complementary department, [(type, sub-category, typical price)])
DEPARTMENTS: dict[str, tuple[list[str], list[str], list[str], str, list[tuple[str, str, float]]]] = {
    "Outerwear": (
        ["wool", "leather", "denim", "nylon", "waxed cotton", "down", "fleece", "tweed"],
        ["water-resistant", "insulated", "packable", "hooded", "windproof", "fully lined"],
        ["chilly autumn walks", "city commutes", "weekend hikes", "winter travel"],
        "Accessories",
        [("jacket", "Jackets", 95), ("parka", "Coats", 160), ("raincoat", "Rainwear", 80),
         ("gilet", "Vests", 60), ("peacoat", "Coats", 140), ("bomber jacket", "Jackets", 85)],
    ),
    "Tops": (
        ["cotton", "linen", "merino wool", "cashmere", "organic cotton", "silk", "jersey"],
        ["breathable", "relaxed fit", "slim fit", "long-sleeved", "crew neck", "pre-shrunk"],
        ["everyday wear", "the office", "layering in cooler months", "warm summer days"],
        "Bottoms",
        [("shirt", "Shirts", 45), ("t-shirt", "T-Shirts", 22), ("sweater", "Knitwear", 70),
         ("hoodie", "Sweatshirts", 55), ("blouse", "Blouses", 48), ("polo shirt", "Shirts", 38)],
    ),
    "Bottoms": (
        ["denim", "cotton twill", "linen", "corduroy", "wool blend", "stretch cotton"],
        ["high-waisted", "tapered", "straight-leg", "with deep pockets", "stretch", "regular fit"],
        ["everyday wear", "the office", "weekend outings", "travel"],
        "Footwear",
        [("jeans", "Jeans", 65), ("chinos", "Trousers", 55), ("shorts", "Shorts", 35),
         ("skirt", "Skirts", 45), ("trousers", "Trousers", 60)],
    ),
    "Footwear": (
        ["leather", "suede", "canvas", "mesh", "rubber", "nubuck"],
        ["cushioned sole", "non-slip", "waterproof", "lightweight", "memory foam insole", "hand-stitched"],
        ["running", "long walks", "the office", "festival season", "trail hiking"],
        "Sports",
        [("sneakers", "Sneakers", 80), ("boots", "Boots", 130), ("sandals", "Sandals", 45),
         ("loafers", "Loafers", 95), ("running shoes", "Running Shoes", 110)],
    ),
    "Bags": (
        ["leather", "canvas", "recycled polyester", "nylon", "waxed canvas", "vegan leather"],
        ["padded laptop compartment", "water-repellent", "adjustable strap", "zip closure", "many pockets"],
        ["commuting", "weekend trips", "the gym", "daily errands", "air travel"],
        "Electronics",
        [("backpack", "Backpacks", 75), ("tote bag", "Totes", 40), ("messenger bag", "Shoulder Bags", 70),
         ("wallet", "Wallets", 35), ("duffel bag", "Travel Bags", 90)],
    ),
    "Accessories": (
        ["wool", "cashmere", "leather", "silk", "acrylic", "stainless steel", "acetate"],
        ["soft-touch", "one size", "gift boxed", "UV400 protection", "adjustable", "hand-finished"],
        ["cold mornings", "sunny days", "gifting", "finishing an outfit"],
        "Outerwear",
        [("scarf", "Scarves", 30), ("beanie", "Hats", 20), ("belt", "Belts", 35),
         ("sunglasses", "Sunglasses", 60), ("gloves", "Gloves", 28), ("watch strap", "Watch Straps", 25)],
    ),
    "Kitchen": (
        ["stainless steel", "cast iron", "ceramic", "bamboo", "carbon steel", "borosilicate glass", "copper"],
        ["dishwasher-safe", "non-stick", "induction-ready", "oven-safe", "ergonomic handle", "BPA-free"],
        ["weeknight dinners", "baking", "entertaining guests", "slow Sunday breakfasts"],
        "Home Decor",
        [("chef's knife", "Knives", 70), ("frying pan", "Cookware", 45), ("saucepan", "Cookware", 50),
         ("cutting board", "Prep", 30), ("coffee mug", "Drinkware", 14), ("teapot", "Tea & Coffee", 35),
         ("mixing bowl set", "Bakeware", 32)],
    ),
    "Home Decor": (
        ["ceramic", "glass", "rattan", "linen", "velvet", "oak", "brass", "jute"],
        ["handmade", "hand-painted", "textured finish", "easy to clean", "set of two", "matte glaze"],
        ["the living room", "a cosy reading nook", "housewarming gifts", "the hallway"],
        "Lighting",
        [("cushion cover", "Cushions", 25), ("throw blanket", "Throws", 55), ("vase", "Vases", 38),
         ("candle holder", "Candles", 22), ("wall clock", "Clocks", 45), ("picture frame", "Frames", 18),
         ("rug", "Rugs", 120)],
    ),
    "Bedding": (
        ["cotton percale", "sateen", "linen", "bamboo", "flannel", "organic cotton"],
        ["breathable", "temperature-regulating", "machine washable", "hypoallergenic", "extra deep pockets"],
        ["restful nights", "guest rooms", "warm summer nights", "cold winter nights"],
        "Home Decor",
        [("duvet cover", "Duvet Covers", 75), ("pillowcase set", "Pillowcases", 28),
         ("fitted sheet", "Sheets", 40), ("quilt", "Quilts", 110), ("weighted blanket", "Blankets", 130)],
    ),
    "Lighting": (
        ["brass", "glass", "rattan", "matte metal", "ceramic", "linen", "oak"],
        ["dimmable", "warm white LED", "adjustable arm", "energy efficient", "USB charging port"],
        ["reading", "the bedroom", "the living room", "the home office"],
        "Home Decor",
        [("table lamp", "Lamps", 65), ("floor lamp", "Lamps", 120), ("pendant light", "Ceiling Lights", 90),
         ("string lights", "Decorative Lights", 25), ("desk lamp", "Lamps", 45)],
    ),
    "Garden": (
        ["terracotta", "galvanised steel", "recycled plastic", "teak", "concrete", "willow"],
        ["frost-resistant", "with drainage hole", "weatherproof", "UV-stable", "lightweight"],
        ["balcony gardens", "the patio", "growing herbs", "attracting wild birds"],
        "Home Decor",
        [("planter", "Planters", 30), ("watering can", "Watering", 25), ("garden hose", "Watering", 40),
         ("bird feeder", "Wildlife", 22), ("garden chair", "Garden Furniture", 95)],
    ),
    "Sports": (
        ["natural rubber", "neoprene", "stainless steel", "carbon fibre", "TPE foam", "nylon"],
        ["non-slip", "sweat-resistant", "lightweight", "insulated", "adjustable resistance"],
        ["home workouts", "yoga practice", "the gym", "outdoor training", "tennis matches"],
        "Footwear",
        [("yoga mat", "Yoga", 35), ("water bottle", "Hydration", 20), ("dumbbell set", "Weights", 85),
         ("resistance bands", "Training", 18), ("tennis racket", "Racket Sports", 120),
         ("gym bag", "Gym Bags", 45)],
    ),
    "Electronics": (
        ["silicone", "aluminium", "recycled plastic", "vegan leather", "braided nylon", "tempered glass"],
        ["noise cancelling", "fast charging", "shock-absorbing", "bluetooth 5.3", "long battery life"],
        ["commuting", "working from home", "travel", "daily use"],
        "Bags",
        [("phone case", "Phone Cases", 25), ("wireless headphones", "Headphones", 120),
         ("bluetooth speaker", "Speakers", 70), ("charging cable", "Cables", 15),
         ("laptop sleeve", "Laptop Sleeves", 35), ("power bank", "Chargers", 40)],
    ),
    "Toys": (
        ["wood", "organic cotton", "recycled plastic", "felt", "cardboard"],
        ["non-toxic paints", "for ages 3 and up", "educational", "machine washable", "battery-free"],
        ["creative play", "birthday gifts", "rainy afternoons", "early learning"],
        "Stationery",
        [("building blocks", "Construction", 35), ("plush bear", "Soft Toys", 25),
         ("jigsaw puzzle", "Puzzles", 20), ("wooden train set", "Trains", 60), ("board game", "Games", 35)],
    ),
    "Stationery": (
        ["recycled paper", "leather", "brass", "bamboo", "linen-bound", "aluminium"],
        ["dot grid pages", "refillable", "lay-flat binding", "fountain pen friendly", "compact"],
        ["journaling", "planning the week", "the home office", "sketching"],
        "Toys",
        [("notebook", "Notebooks", 16), ("fountain pen", "Pens", 45), ("desk organiser", "Desk", 28),
         ("weekly planner", "Planners", 22), ("sketchbook", "Art Supplies", 18)],
    ),
    "Beauty": (
        ["shea butter", "argan oil", "aloe vera", "charcoal", "lavender", "vitamin C"],
        ["fragrance-free", "vegan", "for sensitive skin", "plastic-free packaging", "dermatologist tested"],
        ["daily skincare", "dry winter skin", "after the gym", "a relaxing evening"],
        "Accessories",
        [("face cream", "Skincare", 28), ("shampoo", "Hair Care", 14), ("lip balm", "Lip Care", 6),
         ("soap bar", "Bath", 8), ("body lotion", "Body Care", 16)],
    ),
}  # fmt: skip

COLOURS = [
    "black", "white", "navy", "charcoal", "olive", "sage green", "burgundy", "camel", "cream", "rust",
    "mustard", "sky blue", "forest green", "blush pink", "sand", "terracotta", "slate grey", "ivory",
    "cobalt blue", "chocolate brown",
]  # fmt: skip
STYLES = [
    "vintage", "classic", "modern", "minimalist", "rustic", "sporty", "elegant", "bohemian",
    "industrial", "Scandinavian", "retro", "premium", "eco-friendly", "handcrafted", "compact",
]  # fmt: skip
BRANDS = [
    "Northwind", "Alder & Co", "Fjord Line", "Marlow", "Brightfield", "Copper Fox", "Hearthstone",
    "Tidewater", "Oak & Ember", "Lumen", "Kestrel", "Wildbloom", "Stonebridge", "Harbor Lane", "Velo",
    "Greenleaf", "Atlas Works", "Bramble", "Cinder", "Dune", "Evergrove", "Foxglove", "Granite Peak",
    "Hollow Pine", "Ironwood", "Juniper", "Kinfolk", "Larkspur", "Meadowsweet", "Nimbus", "Orchard",
    "Pebble", "Quill", "Redwood", "Saltmarsh", "Thistle", "Umber", "Vantage", "Willowby", "Yarrow",
]  # fmt: skip
FIRST_SENTENCES = [
    "A {style} {type} from {brand}, made of {material} in {colour}.",
    "{brand}'s {style} {type} in {colour} {material}.",
    "This {colour} {type} by {brand} pairs a {style} look with durable {material}.",
    "Crafted from {material}, this {style} {type} comes in a {colour} finish.",
]
FEATURE_SENTENCES = [
    "Features: {f1}, {f2}.",
    "Key details: {f1} and {f2}.",
    "Highlights: {f1}; {f2}.",
]
USE_SENTENCES = [
    "Perfect for {use}.",
    "Made for {use}.",
    "A reliable choice for {use}.",
    "Ideal for {use} and a thoughtful gift.",
]
