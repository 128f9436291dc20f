"""Build the held-out stream and its labels: tests/data/heldout-wire.jsonl + heldout-truth.json.

    .venv/bin/python tests/data/heldout-build.py

Invented incidents (March 2025), agencies and wording, labelled by hand under the rules of the
dev set's data README (what a stated count is, near-duplicate vs corroboration, incidents vs
noise). The labels are written next to each item, not computed by the detection code.
Item tuple: (guid, version, source, time, urgency, headline, body, located, labels) where
labels is a dict: inc (incident id or None), dup / near (item_ref it duplicates), alerts
[(kind, field, old, new)], status (pubstatus, default usable).
"""

from __future__ import annotations

import json
from pathlib import Path

MP, NW, AS, PN = "Meridian Press", "Northwire", "Agence Sud", "Pacific Newswire"
NI, CU, RC, CO, WD = ("new_incident", "casualty_update", "responsibility_claim", "correction",
                      "withdrawn")

TITLES = {
    "kitwe-mine-collapse": ("Copper mine collapse near Kitwe, Zambia (3 Mar 2025)",),
    "petropolis-floods": ("Floods and mudslides in Petropolis, Brazil (5 Mar 2025)",),
    "maiduguri-market-bombing": ("Suicide bombing at a market in Maiduguri, Nigeria (7 Mar 2025)",),
    "kumasi-stadium-crush": ("Crush at Baba Yara stadium, Kumasi, Ghana (11 Mar 2025)",),
    "zamboanga-ferry-sinking": ("Ferry sinking off Zamboanga, Philippines (13 Mar 2025)",),
    "valparaiso-wildfire": ("Wildfires around Valparaiso and Vina del Mar, Chile (16 Mar 2025)",),
    "marseille-nightclub-shooting": ("Shooting outside a Marseille nightclub, France (20 Mar 2025)",),
}

A, B, C, D = ("kitwe-mine-collapse", "petropolis-floods", "maiduguri-market-bombing",
              "kumasi-stadium-crush")
E, F, G = "zamboanga-ferry-sinking", "valparaiso-wildfire", "marseille-nightclub-shooting"

ITEMS: list[tuple[str, int, str, str, int, str, str, str | None, dict[str, object]]] = [
    ("nw:20250302:0a11", 1, NW, "2025-03-02T08:00:00Z", 5,
     "Asian shares mixed ahead of China trade data",
     "HONG KONG, March 2 (Northwire) - Asian shares were mixed on Monday as investors awaited "
     "Chinese trade figures, with Tokyo's Nikkei up 0.4 percent and Hong Kong's Hang Seng down "
     "0.2 percent.", None, {"inc": None}),
    # --- A: Kitwe mine collapse ---------------------------------------------------------
    ("mp:20250303:a101", 1, MP, "2025-03-03T06:10:00Z", 1,
     "Mine collapse traps workers near Zambia's Kitwe",
     "KITWE, Zambia (Meridian) - Part of an underground copper mine collapsed near Kitwe in "
     "Zambia's Copperbelt province early on Monday, trapping an unknown number of workers, police "
     "said. Rescue teams were at the site.", "Kitwe, Zambia", {"inc": A, "alerts": [(NI,)]}),
    ("nw:20250303:a102", 1, NW, "2025-03-03T07:05:00Z", 2,
     "Eleven miners killed in Zambian copper mine collapse",
     "LUSAKA, March 3 (Northwire) - Eleven miners were killed when a section of a copper mine "
     "caved in near the Copperbelt city of Kitwe, the Mines Safety Department said on Monday. "
     "Rescuers were still searching for others.", "Lusaka, Zambia",
     {"inc": A, "alerts": [(CU, "killed", None, 11)]}),
    ("as:20250303:a103", 1, AS, "2025-03-03T07:40:00Z", 2,
     "Zambia: 11 dead as copper mine caves in",
     "KITWE (Agence Sud) - A copper mine near Kitwe caved in on Monday, leaving 11 miners dead, "
     "according to the Mines Safety Department. Search efforts continued for other workers.",
     "Kitwe", {"inc": A, "near": "nw:20250303:a102@1"}),
    ("mp:20250303:a104", 1, MP, "2025-03-03T09:30:00Z", 2,
     "Zambia mine collapse toll rises to 15, seven missing",
     "KITWE, Zambia (Meridian) - The death toll from the collapse of a copper mine near Kitwe "
     "rose to 15 on Monday, and seven workers were still missing, the Mines Safety Department "
     "said.", "Kitwe, Zambia",
     {"inc": A, "alerts": [(CU, "killed", 11, 15), (CU, "missing", None, 7)]}),
    ("pn:20250303:a105", 1, PN, "2025-03-03T10:15:00Z", 2,
     "Zambia mine collapse toll rises to 15, seven missing",
     "KITWE, Zambia (Meridian) - The death toll from the collapse of a copper mine near Kitwe "
     "rose to 15 on Monday, and seven workers were still missing, the Mines Safety Department "
     "said.", None, {"inc": A, "dup": "mp:20250303:a104@1"}),
    ("nw:20250303:a106", 1, NW, "2025-03-03T13:00:00Z", 3,
     "Number missing in Zambia mine collapse falls to four as rescuers find survivors",
     "KITWE, Zambia, March 3 (Northwire) - Rescuers pulled three miners alive from the collapsed "
     "copper mine near Kitwe on Monday, and the number of missing fell to four, the Mines Safety "
     "Department said. The death toll stood at 15.", "Kitwe, Zambia",
     {"inc": A, "alerts": [(CU, "missing", 7, 4)]}),
    ("nw:20250303:a106", 1, NW, "2025-03-03T13:00:00Z", 3,
     "Number missing in Zambia mine collapse falls to four as rescuers find survivors",
     "KITWE, Zambia, March 3 (Northwire) - Rescuers pulled three miners alive from the collapsed "
     "copper mine near Kitwe on Monday, and the number of missing fell to four, the Mines Safety "
     "Department said. The death toll stood at 15.", "Kitwe, Zambia", {"resend": True}),
    ("mp:20250304:a107", 1, MP, "2025-03-04T08:00:00Z", 2,
     "Zambia mine collapse death toll climbs to eighteen",
     "KITWE, Zambia (Meridian) - Rescuers recovered three more bodies from the collapsed copper "
     "mine near Kitwe overnight, bringing the death toll to eighteen, the Mines Safety Department "
     "said on Tuesday. One worker is still unaccounted for.", "Kitwe, Zambia",
     {"inc": A, "alerts": [(CU, "killed", 15, 18), (CU, "missing", 4, 1)]}),
    ("as:20250304:a108", 1, AS, "2025-03-04T09:10:00Z", 3,
     "Eighteen now dead in Zambia copper mine disaster",
     "KITWE (Agence Sud) - The number of people killed in the copper mine collapse near Kitwe has "
     "risen to 18 after rescuers found three more bodies, the Mines Safety Department said. One "
     "miner is still missing.", "Kitwe", {"inc": A, "near": "mp:20250304:a107@1"}),
    ("nw:20250304:a109", 1, NW, "2025-03-04T15:00:00Z", 3,
     "Zambia suspends mine operator after deadly collapse; two managers held",
     "LUSAKA, March 4 (Northwire) - Zambia's mines ministry suspended the licence of the operator "
     "of the copper mine near Kitwe where 18 workers died this week, and police said two managers "
     "had been detained for questioning.", "Lusaka, Zambia",
     {"inc": A, "alerts": [(CU, "arrested", None, 2)]}),
    ("nw:20250304:a1n1", 1, NW, "2025-03-04T16:00:00Z", 5,
     "Zambian kwacha firms as copper prices rise",
     "LUSAKA, March 4 (Northwire) - Zambia's kwacha gained 0.8 percent against the dollar on "
     "Tuesday as copper prices rose to a two-month high, traders said, though output from the "
     "Copperbelt is expected to dip this quarter.", "Lusaka, Zambia", {"inc": None}),
    # --- B: Petropolis floods -----------------------------------------------------------
    ("pn:20250305:b101", 1, PN, "2025-03-05T21:00:00Z", 1,
     "Flash floods and landslides hit Brazil's Petropolis, at least 8 dead",
     "Torrential rain triggered flash floods and mudslides in the mountain city of Petropolis, "
     "north of Rio de Janeiro, on Wednesday, killing at least eight people, the state fire "
     "department said.", "Petropolis, Brazil",
     {"inc": B, "alerts": [(NI,), (CU, "killed", None, 8)]}),
    ("mp:20250305:b102", 1, MP, "2025-03-05T22:30:00Z", 2,
     "Death toll in Brazil floods climbs to 21",
     "PETROPOLIS, Brazil (Meridian) - The death toll from floods and mudslides in the Brazilian "
     "city of Petropolis climbed to 21 on Wednesday night, with 35 people missing, the Rio de "
     "Janeiro state fire department said.", "Petropolis, Brazil",
     {"inc": B, "alerts": [(CU, "killed", 8, 21), (CU, "missing", None, 35)]}),
    ("nw:20250306:b103", 1, NW, "2025-03-06T06:00:00Z", 2,
     "Brazil: 21 killed, 35 missing after rains lash Petropolis",
     "RIO DE JANEIRO, March 6 (Northwire) - Twenty-one people have died and 35 are missing after "
     "heavy rains unleashed floods and mudslides in Petropolis, the state fire department said.",
     "Rio de Janeiro, Brazil", {"inc": B, "near": "mp:20250305:b102@1"}),
    ("as:20250306:b104", 1, AS, "2025-03-06T10:00:00Z", 2,
     "Brazil flood deaths rise to 44; hundreds forced from homes",
     "PETROPOLIS (Agence Sud) - At least 44 people were confirmed dead in Petropolis after floods "
     "and landslides, and 930 people were forced from their homes, the city's civil defence agency "
     "said on Thursday. Dozens remain missing.", "Petropolis",
     {"inc": B, "alerts": [(CU, "killed", 21, 44), (CU, "displaced", None, 930)]}),
    ("pn:20250306:b105", 1, PN, "2025-03-06T13:00:00Z", 3,
     "Rio governor says 44 killed in Petropolis floods, pledges aid",
     "The governor of Rio de Janeiro state said on Thursday that 44 people had been killed in the "
     "Petropolis floods, and pledged emergency funds for reconstruction.", None,
     {"inc": B}),
    ("mp:20250306:b106", 1, MP, "2025-03-06T18:00:00Z", 2,
     "Number missing in Brazil floods falls to 19 as bodies recovered",
     "PETROPOLIS, Brazil (Meridian) - The number of people missing after floods in Petropolis "
     "fell to 19 on Thursday as rescuers recovered more bodies, raising the death toll to 58, the "
     "state fire department said. About 1,100 people are displaced.", "Petropolis, Brazil",
     {"inc": B, "alerts": [(CU, "killed", 44, 58), (CU, "missing", 35, 19),
                           (CU, "displaced", 930, 1100)]}),
    ("mp:20250306:b106", 2, MP, "2025-03-06T18:40:00Z", 2,
     "CORRECTED-Number missing in Brazil floods falls to 19 as bodies recovered",
     "PETROPOLIS, Brazil (Meridian) - The number of people missing after floods in Petropolis "
     "fell to 19 on Thursday as rescuers recovered more bodies, raising the death toll to 56, the "
     "state fire department said. About 1,100 people are displaced. (Corrects death toll to 56 "
     "from 58 in first paragraph)", "Petropolis, Brazil",
     {"inc": B, "alerts": [(CO, "killed", 58, 56)]}),
    ("as:20250307:b107", 1, AS, "2025-03-07T09:00:00Z", 2,
     "Brazil floods: toll revised down to 54 after double counting",
     "PETROPOLIS (Agence Sud) - Brazilian authorities revised the death toll from the Petropolis "
     "floods down to 54 on Friday, saying two victims had been counted twice. The number of "
     "missing stands at 19.", "Petropolis",
     {"inc": B, "alerts": [(CU, "killed", 56, 54)]}),
    ("nw:20250307:b108", 1, NW, "2025-03-07T12:00:00Z", 3,
     "Forty-four dead in Brazilian mountain city floods, civil defence says",
     "RIO DE JANEIRO, March 7 (Northwire) - Floods and landslides in the mountain city of "
     "Petropolis have killed 44 people and driven 930 from their homes, civil defence officials "
     "said.", "Rio de Janeiro, Brazil", {"inc": B, "near": "as:20250306:b104@1"}),
    ("mp:20250308:bn01", 1, MP, "2025-03-08T10:00:00Z", 6,
     "Flamengo beat Fluminense 2-1 in Rio derby",
     "RIO DE JANEIRO, Brazil (Meridian) - Flamengo came from behind to beat Fluminense 2-1 in the "
     "Rio state championship on Saturday, with both goals scored in the last 20 minutes.",
     "Rio de Janeiro, Brazil", {"inc": None}),
    ("pn:20250308:b109", 1, PN, "2025-03-08T14:00:00Z", 4,
     "Petropolis buries its dead as rain eases",
     "Funerals were held in Petropolis on Saturday for victims of this week's floods, as rescuers "
     "kept digging through mud for the 19 people still missing.", None, {"inc": B}),
    ("as:20250308:bn02", 1, AS, "2025-03-08T15:00:00Z", 4,
     "Brazilian court convicts engineers over 2019 Brumadinho dam collapse",
     "BELO HORIZONTE (Agence Sud) - A court in Minas Gerais convicted four engineers on Saturday "
     "over the 2019 collapse of a tailings dam in Brumadinho that killed 270 people.", None,
     {"inc": None}),
    # --- C: Maiduguri market bombing ----------------------------------------------------
    ("mp:20250307:c101", 1, MP, "2025-03-07T11:00:00Z", 1,
     "Explosion rips through market in Nigeria's Maiduguri",
     "MAIDUGURI, Nigeria (Meridian) - An explosion tore through a crowded market in Maiduguri, "
     "the capital of Borno state in northeast Nigeria, on Friday, witnesses said. Casualties were "
     "not immediately known.", "Maiduguri, Nigeria", {"inc": C, "alerts": [(NI,)]}),
    ("nw:20250307:c102", 1, NW, "2025-03-07T12:00:00Z", 2,
     "Suicide bomber kills 12 at Maiduguri market, police say",
     "MAIDUGURI, Nigeria, March 7 (Northwire) - A suicide bomber killed 12 people and wounded 30 "
     "at a busy market in Maiduguri on Friday, Borno state police said. The bomber also died.",
     "Maiduguri, Nigeria",
     {"inc": C, "alerts": [(CU, "killed", None, 12), (CU, "injured", None, 30)]}),
    ("nw:20250307:c102", 1, NW, "2025-03-07T12:00:00Z", 2,
     "Suicide bomber kills 12 at Maiduguri market, police say",
     "MAIDUGURI, Nigeria, March 7 (Northwire) - A suicide bomber killed 12 people and wounded 30 "
     "at a busy market in Maiduguri on Friday, Borno state police said. The bomber also died.",
     "Maiduguri, Nigeria", {"resend": True}),
    ("as:20250307:c103", 1, AS, "2025-03-07T12:45:00Z", 2,
     "Nigeria: market suicide blast leaves 12 dead, 30 hurt in Borno capital",
     "LAGOS (Agence Sud) - Twelve people were killed and thirty wounded when a suicide attacker "
     "blew himself up in a market in the Borno state capital Maiduguri on Friday, according to "
     "state police.", "Lagos, Nigeria", {"inc": C, "near": "nw:20250307:c102@1"}),
    ("mp:20250307:c104", 1, MP, "2025-03-07T15:00:00Z", 2,
     "Death toll from Maiduguri market bombing rises to 19",
     "MAIDUGURI, Nigeria (Meridian) - The death toll from Friday's suicide bombing at a market in "
     "Maiduguri rose to 19, with 41 people wounded, the Borno State Emergency Management Agency "
     "said. No group has yet claimed responsibility, but the attack bore the hallmarks of Boko "
     "Haram, police said.", "Maiduguri, Nigeria",
     {"inc": C, "alerts": [(CU, "killed", 12, 19), (CU, "injured", 30, 41)]}),
    ("pn:20250307:c105", 1, PN, "2025-03-07T17:00:00Z", 3,
     "Nigerian army blames Boko Haram for Maiduguri blast",
     "Nigeria's army blamed Boko Haram jihadists for Friday's suicide bombing in Maiduguri that "
     "killed 19 people, and vowed to hunt down those behind it.", None, {"inc": C}),
    ("mp:20250308:c106", 1, MP, "2025-03-08T10:00:00Z", 2,
     "Islamic State West Africa claims Maiduguri market bombing",
     "MAIDUGURI, Nigeria (Meridian) - Islamic State West Africa Province (ISWAP) claimed "
     "responsibility for Friday's suicide bombing at a market in Maiduguri, in a statement "
     "published by its Amaq news agency on Saturday. The group did not give a casualty figure.",
     "Maiduguri, Nigeria", {"inc": C, "alerts": [(RC,)]}),
    ("nw:20250308:c107", 1, NW, "2025-03-08T11:30:00Z", 3,
     "Boko Haram faction denies role in Maiduguri market attack",
     "MAIDUGURI, Nigeria, March 8 (Northwire) - A Boko Haram faction denied any role in Friday's "
     "market bombing in Maiduguri, in an audio message seen by Northwire. Islamic State West "
     "Africa Province had claimed the attack earlier on Saturday.", "Maiduguri, Nigeria",
     {"inc": C}),
    ("as:20250308:c108", 1, AS, "2025-03-08T12:00:00Z", 3,
     "ISWAP says it was behind Maiduguri suicide bombing",
     "MAIDUGURI (Agence Sud) - The Islamic State West Africa Province said it carried out "
     "Friday's suicide bombing at a Maiduguri market, according to a statement on its Amaq news "
     "agency.", "Maiduguri", {"inc": C, "near": "mp:20250308:c106@1"}),
    ("nw:20250308:c1w1", 1, NW, "2025-03-08T20:00:00Z", 3,
     "U.S. condemns 'cowardly' market bombing in Nigeria",
     "WASHINGTON, March 8 (Northwire) - The United States condemned Friday's suicide bombing at a "
     "market in Maiduguri, Nigeria, that killed 19 people, and offered help to the investigation, "
     "the State Department said.", "Washington, United States", {"inc": C}),
    ("pn:20250308:cn03", 1, PN, "2025-03-08T21:00:00Z", 5,
     "Super Eagles name squad for World Cup qualifiers",
     "Nigeria's coach named a 23-man squad on Saturday for this month's World Cup qualifiers "
     "against Rwanda and Zimbabwe, recalling two veteran defenders.", None, {"inc": None}),
    ("mp:20250309:c109", 1, MP, "2025-03-09T09:00:00Z", 3,
     "Nigerian police arrest five over Maiduguri market bombing",
     "MAIDUGURI, Nigeria (Meridian) - Police in Borno state have arrested five suspects in "
     "connection with Friday's suicide bombing at a Maiduguri market that killed 19 people, a "
     "police spokesman said on Sunday.", "Maiduguri, Nigeria",
     {"inc": C, "alerts": [(CU, "arrested", None, 5)]}),
    ("mp:20250309:cn01", 1, MP, "2025-03-09T10:00:00Z", 5,
     "Nigeria's central bank holds rates as inflation eases",
     "ABUJA, Nigeria (Meridian) - Nigeria's central bank kept its benchmark interest rate at 27.5 "
     "percent on Sunday after inflation eased for a second month.", "Abuja, Nigeria",
     {"inc": None}),
    ("nw:20250309:c110", 1, NW, "2025-03-09T16:00:00Z", 2,
     "Maiduguri bombing toll climbs to 23 as wounded die in hospital",
     "MAIDUGURI, Nigeria, March 9 (Northwire) - Four of the wounded died in hospital, raising the "
     "death toll from Friday's market bombing in Maiduguri to 23, the state emergency agency said. "
     "Seventeen people remain in hospital.", "Maiduguri, Nigeria",
     {"inc": C, "alerts": [(CU, "killed", 19, 23)]}),
    ("as:20250310:c111", 1, AS, "2025-03-10T08:00:00Z", 3,
     "Nigeria: eight now held over Maiduguri bombing",
     "MAIDUGURI (Agence Sud) - Nigerian security forces have detained three more suspects over "
     "Friday's market bombing in Maiduguri, bringing to eight the number of people held, the army "
     "said on Monday.", "Maiduguri", {"inc": C, "alerts": [(CU, "arrested", 5, 8)]}),
    ("pn:20250310:cn02", 1, PN, "2025-03-10T11:00:00Z", 4,
     "Nigerian court jails three over 2021 Kano mosque bombing",
     "A federal high court in Abuja sentenced three men to life in prison on Monday over a 2021 "
     "bombing at a mosque in Kano that killed 14 worshippers.", None, {"inc": None}),
    # --- D: Kumasi stadium crush --------------------------------------------------------
    ("mp:20250309:dn01", 1, MP, "2025-03-09T18:00:00Z", 6,
     "Asante Kotoko beat Hearts of Oak in Kumasi derby",
     "KUMASI, Ghana (Meridian) - Asante Kotoko beat Hearts of Oak 2-0 in the Ghana Premier League "
     "on Sunday in front of a crowd of 40,000 at the Baba Yara stadium.", "Kumasi, Ghana",
     {"inc": None}),
    ("nw:20250311:d101", 1, NW, "2025-03-11T19:00:00Z", 1,
     "Crush at Ghana football stadium kills at least 31",
     "ACCRA, March 11 (Northwire) - At least 31 people were killed in a crush at the Baba Yara "
     "stadium in Kumasi on Tuesday when fans rushed the exits after a match, Ghana's national "
     "ambulance service said.", "Accra, Ghana",
     {"inc": D, "alerts": [(NI,), (CU, "killed", None, 31)]}),
    ("mp:20250311:d102", 1, MP, "2025-03-11T19:40:00Z", 1,
     "Ghana stadium crush: death toll rises to 40, dozens injured",
     "KUMASI, Ghana (Meridian) - Forty people died and 72 were injured in a crush at the Baba "
     "Yara stadium in Kumasi, the national ambulance service said on Tuesday.", "Kumasi, Ghana",
     {"inc": D, "alerts": [(CU, "killed", 31, 40), (CU, "injured", None, 72)]}),
    ("as:20250312:d103", 1, AS, "2025-03-12T07:00:00Z", 2,
     "Ghana revises stadium crush toll down to 36",
     "KUMASI (Agence Sud) - Ghana's health ministry on Wednesday revised the death toll from "
     "Tuesday's crush at a Kumasi football stadium to 36 from 40, saying some victims had been "
     "counted twice. Seventy-two people were injured.", "Kumasi",
     {"inc": D, "alerts": [(CU, "killed", 40, 36)]}),
    ("pn:20250312:d104", 1, PN, "2025-03-12T09:00:00Z", 3,
     "Forty killed in Kumasi stadium stampede",
     "Forty football fans were killed and 72 hurt in a stampede at Kumasi's Baba Yara stadium, "
     "Ghana's national ambulance service said.", None,
     {"inc": D, "near": "mp:20250311:d102@1"}),
    ("nw:20250312:d105", 1, NW, "2025-03-12T12:00:00Z", 3,
     "Ghana declares three days of mourning after stadium disaster",
     "ACCRA, March 12 (Northwire) - Ghana's president declared three days of national mourning "
     "for the 36 people who died in Tuesday's crush at the Baba Yara stadium and ordered an "
     "inquiry into security arrangements.", "Accra, Ghana", {"inc": D}),
    ("as:20250313:dn02", 1, AS, "2025-03-13T08:00:00Z", 5,
     "Ghana's parliament approves 2025 budget",
     "ACCRA (Agence Sud) - Ghana's parliament approved the government's 2025 budget on Thursday "
     "after a three-day debate, clearing the way for new spending on roads and schools.",
     "Accra", {"inc": None}),
    # --- E: Zamboanga ferry sinking -----------------------------------------------------
    ("mp:20250313:e101", 1, MP, "2025-03-13T02:00:00Z", 1,
     "Ferry with 120 aboard sinks off southern Philippines",
     "ZAMBOANGA, Philippines (Meridian) - A passenger ferry carrying about 120 people sank off "
     "Zamboanga city in the southern Philippines early on Thursday, the coast guard said. Rescue "
     "boats were at the scene.", "Zamboanga, Philippines", {"inc": E, "alerts": [(NI,)]}),
    ("nw:20250313:e102", 1, NW, "2025-03-13T03:30:00Z", 2,
     "Philippine ferry sinking: 9 dead, 30 missing - coast guard",
     "MANILA, March 13 (Northwire) - Nine people were killed and 30 were missing after a ferry "
     "sank off Zamboanga city early on Thursday, the Philippine Coast Guard said. Eighty-one "
     "passengers were rescued.", "Manila, Philippines",
     {"inc": E, "alerts": [(CU, "killed", None, 9), (CU, "missing", None, 30)]}),
    ("pn:20250313:e103", 1, PN, "2025-03-13T04:00:00Z", 2,
     "Nine dead, 30 unaccounted for as ferry goes down off Zamboanga",
     "HONG KONG, March 13 (Pacific Newswire) - A ferry went down off the southern Philippine city "
     "of Zamboanga before dawn on Thursday, leaving nine people dead and 30 unaccounted for, "
     "according to the Philippine Coast Guard. Rescuers plucked 81 survivors from the sea.",
     "Hong Kong", {"inc": E, "near": "nw:20250313:e102@1"}),
    ("as:20250313:e104", 1, AS, "2025-03-13T09:00:00Z", 2,
     "Death toll in Philippine ferry disaster climbs to 17; 22 still missing",
     "ZAMBOANGA (Agence Sud) - Divers recovered eight more bodies from the sunken ferry off "
     "Zamboanga, raising the death toll to 17, the coast guard said on Thursday. Twenty-two people "
     "were still missing.", "Zamboanga",
     {"inc": E, "alerts": [(CU, "killed", 9, 17), (CU, "missing", 30, 22)]}),
    ("mp:20250313:e105", 1, MP, "2025-03-13T09:20:00Z", 2,
     "Philippine ferry toll jumps to 40, coast guard says",
     "ZAMBOANGA, Philippines (Meridian) - The death toll from the ferry sinking off Zamboanga "
     "jumped to 40, the coast guard said on Thursday.", "Zamboanga, Philippines",
     {"inc": E, "alerts": [(CU, "killed", 17, 40)]}),
    ("mp:20250313:e105", 2, MP, "2025-03-13T10:00:00Z", 2,
     "WITHDRAWN-Philippine ferry toll jumps to 40",
     "Meridian is withdrawing the story headlined 'Philippine ferry toll jumps to 40, coast guard "
     "says'. The coast guard did not say the death toll had risen to 40. There will be no "
     "substitute story.", "Zamboanga, Philippines",
     {"inc": E, "alerts": [(WD,)], "status": "canceled"}),
    ("nw:20250313:e106", 1, NW, "2025-03-13T14:00:00Z", 2,
     "Philippine ferry toll rises to 21 as search continues",
     "ZAMBOANGA, Philippines, March 13 (Northwire) - The death toll from Thursday's ferry sinking "
     "off Zamboanga rose to 21, with 18 people still missing, the coast guard said.",
     "Zamboanga, Philippines",
     {"inc": E, "alerts": [(CU, "killed", 17, 21), (CU, "missing", 22, 18)]}),
    ("pn:20250314:e107", 1, PN, "2025-03-14T07:00:00Z", 3,
     "Philippines grounds ferry operator, orders inquiry into Zamboanga sinking",
     "The Philippine transport department grounded all vessels of the operator of the ferry that "
     "sank off Zamboanga and ordered an inquiry into reports it was overloaded. Police said the "
     "captain was being questioned.", None, {"inc": E}),
    ("as:20250314:en01", 1, AS, "2025-03-14T09:00:00Z", 4,
     "Ten years on, Ormoc ferry families still wait for justice",
     "ORMOC, Philippines (Agence Sud) - Relatives of the 61 people killed when a ferry capsized "
     "off Ormoc in July 2015 said on Friday they were still waiting for compensation, a decade "
     "after the disaster.", "Ormoc, Philippines", {"inc": None}),
    ("nw:20250314:en02", 1, NW, "2025-03-14T12:00:00Z", 5,
     "Philippine peso slips as dollar firms",
     "MANILA, March 14 (Northwire) - The Philippine peso weakened 0.3 percent on Friday as the "
     "dollar firmed, while Manila shares ended flat.", "Manila, Philippines", {"inc": None}),
    ("mp:20250315:e108", 1, MP, "2025-03-15T08:00:00Z", 2,
     "Philippine ferry death toll reaches 27, 12 missing",
     "ZAMBOANGA, Philippines (Meridian) - Rescuers found six more bodies on Saturday, bringing "
     "the death toll from the Zamboanga ferry sinking to 27, the coast guard said. Twelve people "
     "remain missing.", "Zamboanga, Philippines",
     {"inc": E, "alerts": [(CU, "killed", 21, 27), (CU, "missing", 18, 12)]}),
    ("nw:20250315:e109", 1, NW, "2025-03-15T08:45:00Z", 3,
     "Philippine ferry death toll reaches 27, 12 still missing",
     "ZAMBOANGA, Philippines, March 15 (Northwire) - Rescuers found six more bodies on Saturday, "
     "bringing the death toll from the ferry sinking off Zamboanga to 27, the coast guard said. "
     "Twelve people are still missing.", "Zamboanga, Philippines",
     {"inc": E, "near": "mp:20250315:e108@1"}),
    # --- F: Valparaiso wildfire ---------------------------------------------------------
    ("as:20250316:f101", 1, AS, "2025-03-16T15:00:00Z", 1,
     "Wildfire races toward homes near Chile's Valparaiso",
     "VALPARAISO, Chile (Agence Sud) - A fast-moving wildfire swept through hills near the Chilean "
     "port city of Valparaiso on Sunday, forcing thousands of residents from their homes, the "
     "national disaster agency Senapred said.", "Valparaiso, Chile",
     {"inc": F, "alerts": [(NI,)]}),
    ("mp:20250316:f102", 1, MP, "2025-03-16T17:00:00Z", 2,
     "Chile wildfire kills six, 1,500 displaced",
     "SANTIAGO, Chile (Meridian) - Six people were killed and about 1,500 displaced by a wildfire "
     "in the hills around Valparaiso, Chile's national disaster agency said on Sunday.",
     "Santiago, Chile",
     {"inc": F, "alerts": [(CU, "killed", None, 6), (CU, "displaced", None, 1500)]}),
    ("mp:20250316:f102", 2, MP, "2025-03-16T17:30:00Z", 2,
     "CORRECTED-Chile wildfire kills six, 1,500 displaced",
     "SANTIAGO, Chile (Meridian) - Six people were killed and about 1,500 displaced by a wildfire "
     "in the hills around Valparaiso, Chile's interior ministry said on Sunday. (Corrects "
     "attribution to interior ministry from national disaster agency)", "Santiago, Chile",
     {"inc": F, "alerts": [(CO,)]}),
    ("nw:20250316:f103", 1, NW, "2025-03-16T22:00:00Z", 2,
     "Chile fires: death toll climbs to 13, 40 missing",
     "VALPARAISO, Chile, March 16 (Northwire) - The death toll from wildfires around Valparaiso "
     "rose to 13 on Sunday night, and 40 people were reported missing, Senapred said. About 3,000 "
     "people have been forced from their homes.", "Valparaiso, Chile",
     {"inc": F, "alerts": [(CU, "killed", 6, 13), (CU, "missing", None, 40),
                           (CU, "displaced", 1500, 3000)]}),
    ("pn:20250317:f104", 1, PN, "2025-03-17T01:00:00Z", 2,
     "Thirteen dead, dozens missing as fires rage around Valparaiso",
     "Wildfires raging in the hills around the Chilean city of Valparaiso have killed 13 people "
     "and left 40 missing, the Senapred disaster agency said, with some 3,000 residents forced to "
     "flee.", None, {"inc": F, "near": "nw:20250316:f103@1"}),
    ("mp:20250317:fn01", 1, MP, "2025-03-17T06:00:00Z", 5,
     "Chile copper output rises 4 percent in February",
     "SANTIAGO, Chile (Meridian) - Chile's copper output rose 4 percent in February from a year "
     "earlier, the national statistics institute said, as new capacity came online.",
     "Santiago, Chile", {"inc": None}),
    ("as:20250317:f105", 1, AS, "2025-03-17T10:00:00Z", 2,
     "Chile wildfires: missing falls to 25, 5,000 forced from homes",
     "VALPARAISO (Agence Sud) - The number of people missing in the wildfires around Valparaiso "
     "fell to 25 on Monday as some were found alive, while the number of people displaced rose to "
     "5,000, Senapred said. The death toll remained at 13.", "Valparaiso",
     {"inc": F, "alerts": [(CU, "missing", 40, 25), (CU, "displaced", 3000, 5000)]}),
    ("mp:20250317:f106", 1, MP, "2025-03-17T15:00:00Z", 2,
     "Chile wildfire toll rises to nineteen",
     "VALPARAISO, Chile (Meridian) - Firefighters found six more bodies in burned-out "
     "neighbourhoods of Vina del Mar, near Valparaiso, bringing the death toll from the wildfires "
     "to nineteen, the interior ministry said on Monday.", "Valparaiso, Chile",
     {"inc": F, "alerts": [(CU, "killed", 13, 19)]}),
    ("nw:20250318:f107", 1, NW, "2025-03-18T09:00:00Z", 4,
     "Vina del Mar residents return to ashes",
     "Residents of Vina del Mar began returning to burned-out hillside neighbourhoods on Tuesday, "
     "where 19 people died in the week's fires, the city's mayor said.", None, {"inc": F}),
    ("as:20250318:f108", 1, AS, "2025-03-18T13:00:00Z", 3,
     "Chilean police arrest two suspected of starting Valparaiso fire",
     "VALPARAISO (Agence Sud) - Chilean police arrested two forest workers suspected of "
     "deliberately starting one of the wildfires around Valparaiso, prosecutors said on Tuesday.",
     "Valparaiso", {"inc": F, "alerts": [(CU, "arrested", None, 2)]}),
    ("mp:20250318:fn02", 1, MP, "2025-03-18T14:00:00Z", 5,
     "Chile's president reshuffles cabinet ahead of election",
     "SANTIAGO, Chile (Meridian) - Chile's president replaced four ministers on Tuesday in a "
     "cabinet reshuffle ahead of November's election.", "Santiago, Chile", {"inc": None}),
    ("nw:20250319:f109", 1, NW, "2025-03-19T10:00:00Z", 3,
     "Chile fire missing drops to three as search winds down",
     "VALPARAISO, Chile, March 19 (Northwire) - Three people remained missing on Wednesday after "
     "the wildfires around Valparaiso, down from 25, Senapred said, as rescuers wound down the "
     "search. The death toll stood at 19.", "Valparaiso, Chile",
     {"inc": F, "alerts": [(CU, "missing", 25, 3)]}),
    # --- G: Marseille nightclub shooting ------------------------------------------------
    ("pn:20250320:g101", 1, PN, "2025-03-20T03:00:00Z", 1,
     "Gunmen open fire outside Marseille nightclub",
     "Gunmen opened fire outside a nightclub in the French port city of Marseille early on "
     "Thursday, police said, with several people reported hurt.", "Marseille, France",
     {"inc": G, "alerts": [(NI,)]}),
    ("mp:20250320:g102", 1, MP, "2025-03-20T05:00:00Z", 2,
     "Four killed in Marseille nightclub shooting, prosecutor says",
     "MARSEILLE, France (Meridian) - Four people were shot dead and six wounded outside a "
     "nightclub in Marseille early on Thursday, the city's prosecutor said, in what police "
     "described as a drug-related attack.", "Marseille, France",
     {"inc": G, "alerts": [(CU, "killed", None, 4), (CU, "injured", None, 6)]}),
    ("nw:20250320:g103", 1, NW, "2025-03-20T06:00:00Z", 2,
     "France: gunmen kill four outside Marseille club",
     "PARIS, March 20 (Northwire) - Attackers armed with assault rifles killed four people and "
     "injured six others outside a Marseille nightclub before dawn on Thursday, according to the "
     "Marseille prosecutor's office.", "Paris, France", {"inc": G, "near": "mp:20250320:g102@1"}),
    ("mp:20250320:g102", 2, MP, "2025-03-20T07:00:00Z", 2,
     "Four killed in Marseille nightclub shooting, prosecutor says",
     "MARSEILLE, France (Meridian) - Four people were shot dead and six wounded outside a "
     "nightclub in Marseille early on Thursday, the city's prosecutor said, in what police "
     "described as a drug-related attack.", "Marseille, France",
     {"inc": G, "dup": "mp:20250320:g102@1"}),
    ("pn:20250320:gn01", 1, PN, "2025-03-20T09:00:00Z", 5,
     "European shares edge higher as luxury stocks lead",
     "European shares rose 0.3 percent on Thursday, led by luxury groups in Paris, while bond "
     "yields held steady ahead of a central bank meeting.", None, {"inc": None}),
    ("mp:20250320:g102", 1, MP, "2025-03-20T11:00:00Z", 2,
     "Four killed in Marseille nightclub shooting, prosecutor says",
     "MARSEILLE, France (Meridian) - Four people were shot dead and six wounded outside a "
     "nightclub in Marseille early on Thursday, the city's prosecutor said, in what police "
     "described as a drug-related attack.", "Marseille, France", {"resend": True}),
    ("mp:20250321:g104", 1, MP, "2025-03-21T10:00:00Z", 2,
     "French police detain three over Marseille nightclub shooting",
     "MARSEILLE, France (Meridian) - Police detained three men on Friday over the shooting outside "
     "a Marseille nightclub that killed four people, the prosecutor said. One of the wounded died "
     "overnight, bringing the death toll to five.", "Marseille, France",
     {"inc": G, "alerts": [(CU, "killed", 4, 5), (CU, "arrested", None, 3)]}),
    ("pn:20250321:g105", 1, PN, "2025-03-21T14:00:00Z", 3,
     "Marseille mayor blames drug gangs for nightclub killings",
     "Marseille's mayor blamed rival drug gangs on Friday for the shooting outside a nightclub that "
     "killed five people, and called for more police on the city's streets.", None, {"inc": G}),
    ("as:20250322:g106", 1, AS, "2025-03-22T11:00:00Z", 3,
     "Marseille shooting: two more arrested, five in custody",
     "MARSEILLE (Agence Sud) - French police arrested two more suspects on Saturday over "
     "Thursday's nightclub shooting in Marseille, bringing the number of people in custody to "
     "five, the prosecutor's office said.", "Marseille",
     {"inc": G, "alerts": [(CU, "arrested", 3, 5)]}),
    ("nw:20250322:gn02", 1, NW, "2025-03-22T15:00:00Z", 4,
     "French court jails gang member over 2023 Marseille shooting",
     "AIX-EN-PROVENCE, France, March 22 (Northwire) - A court sentenced a man to 20 years in "
     "prison on Saturday over a 2023 shooting in Marseille that killed three people.", None,
     {"inc": None}),
]


# A second batch, written after the first had been used to fix the core and scored before any
# change for it: the honest measure of how the core does on wording it was not fitted to.
OP = "Orient Press"
H, I_, J = "dhading-bus-plunge", "bharuch-chemical-blast", "mogadishu-hotel-siege"
TITLES.update({
    H: ("Bus falls into the Trishuli river, Dhading, Nepal (2 Apr 2025)",),
    I_: ("Reactor explosion at a chemical plant in Bharuch, Gujarat, India (7 Apr 2025)",),
    J: ("Al Shabaab car bomb and siege at a Mogadishu hotel, Somalia (12 Apr 2025)",),
})
ITEMS += [
    ("op:20250402:h101", 1, OP, "2025-04-02T06:00:00Z", 1,
     "Bus plunges into river in central Nepal, at least 14 dead",
     "Kathmandu, April 2 (OP) - A crowded passenger bus skidded off a highway and plunged into the "
     "Trishuli river in Nepal's Dhading district on Wednesday, killing at least 14 people, police "
     "said. Rescuers were searching for passengers swept away by the current.", "Dhading, Nepal",
     {"inc": H, "alerts": [(NI,), (CU, "killed", None, 14)]}),
    ("nw:20250402:h102", 1, NW, "2025-04-02T09:00:00Z", 2,
     "Nepal bus accident death toll rises to 19, 11 missing",
     "KATHMANDU, April 2 (Northwire) - The number of people killed when a bus fell into the "
     "Trishuli river in central Nepal has risen to 19, and 11 passengers are missing, a district "
     "police official said.", "Kathmandu, Nepal",
     {"inc": H, "alerts": [(CU, "killed", 14, 19), (CU, "missing", None, 11)]}),
    ("as:20250402:h103", 1, AS, "2025-04-02T10:30:00Z", 2,
     "Nepal: 19 killed, 11 unaccounted for after bus falls into river",
     "KATHMANDU (Agence Sud) - Nineteen people lost their lives and eleven others are unaccounted "
     "for after a bus careered off the road into a river in Dhading district, according to "
     "district police.", "Kathmandu", {"inc": H, "near": "nw:20250402:h102@1"}),
    ("op:20250403:h104", 1, OP, "2025-04-03T07:00:00Z", 2,
     "Nepal bus tragedy: toll climbs to 26 as more bodies found",
     "Kathmandu, April 3 (OP) - Divers recovered seven more bodies from the Trishuli river on "
     "Thursday, taking the death toll from Wednesday's bus accident to 26, police said. Four "
     "passengers are still missing.", "Dhading, Nepal",
     {"inc": H, "alerts": [(CU, "killed", 19, 26), (CU, "missing", 11, 4)]}),
    ("pn:20250403:h105", 1, PN, "2025-04-03T09:00:00Z", 3,
     "Nepal's prime minister orders probe into bus crash that killed 26",
     "Nepal's prime minister ordered an investigation into Wednesday's bus accident in Dhading, in "
     "which 26 people were killed, and announced compensation for the families.", None,
     {"inc": H}),
    ("op:20250403:h104", 2, OP, "2025-04-03T11:00:00Z", 2,
     "UPDATE 1-Nepal bus tragedy: toll climbs to 27 as more bodies found",
     "Kathmandu, April 3 (OP) - Divers recovered eight more bodies from the Trishuli river on "
     "Thursday, taking the death toll from Wednesday's bus accident to 27, police said. Three "
     "passengers are still missing.", "Dhading, Nepal",
     {"inc": H, "alerts": [(CU, "killed", 26, 27), (CU, "missing", 4, 3)]}),
    ("nw:20250404:hn01", 1, NW, "2025-04-04T08:00:00Z", 5,
     "Nepal's ruling coalition wins confidence vote",
     "KATHMANDU, April 4 (Northwire) - Nepal's prime minister won a confidence vote in parliament "
     "on Friday, with 188 of 275 lawmakers backing the coalition government.", "Kathmandu, Nepal",
     {"inc": None}),
    ("mp:20250407:i101", 1, MP, "2025-04-07T08:00:00Z", 1,
     "Blast at chemical factory in India's Gujarat kills 5",
     "BHARUCH, India (Meridian) - An explosion at a chemical factory in Bharuch in India's western "
     "state of Gujarat killed five workers on Monday and injured more than two dozen others, "
     "police said.", "Bharuch, India",
     {"inc": I_, "alerts": [(NI,), (CU, "killed", None, 5), (CU, "injured", None, 24)]}),
    ("op:20250407:i102", 1, OP, "2025-04-07T10:00:00Z", 2,
     "Gujarat factory blast: 8 workers confirmed dead, 31 hurt",
     "Ahmedabad, April 7 (OP) - Eight workers were confirmed dead and 31 were injured after a "
     "reactor exploded at a chemical plant in Bharuch, district officials said on Monday. Around "
     "2,000 residents nearby were evacuated as a precaution.", "Bharuch, India",
     {"inc": I_, "alerts": [(CU, "killed", 5, 8), (CU, "injured", 24, 31)]}),
    ("nw:20250407:i103", 1, NW, "2025-04-07T11:00:00Z", 2,
     "Eight killed, 31 injured in Indian chemical plant explosion",
     "NEW DELHI, April 7 (Northwire) - A reactor blast at a chemical plant in Gujarat's Bharuch "
     "district claimed the lives of eight workers and left 31 injured, district officials said.",
     "New Delhi, India", {"inc": I_, "near": "op:20250407:i102@1"}),
    ("as:20250408:i104", 1, AS, "2025-04-08T07:00:00Z", 3,
     "India factory blast: number of injured rises to 40; toll unchanged at 8",
     "BHARUCH (Agence Sud) - The number of people injured in Monday's explosion at a chemical "
     "plant in Bharuch has risen to 40, a hospital official said on Tuesday, adding that 12 of "
     "them were in critical condition. The death toll remained eight.", "Bharuch",
     {"inc": I_, "alerts": [(CU, "injured", 31, 40)]}),
    ("mp:20250408:i105", 1, MP, "2025-04-08T12:00:00Z", 3,
     "Indian police arrest plant owner and manager after deadly Gujarat blast",
     "BHARUCH, India (Meridian) - Police arrested the owner and the manager of the chemical plant "
     "in Bharuch where an explosion killed eight workers, on charges of negligence, a police "
     "officer said on Tuesday.", "Bharuch, India", {"inc": I_}),
    ("op:20250409:i106", 1, OP, "2025-04-09T06:00:00Z", 2,
     "Gujarat blast toll rises to 10 as two injured workers die",
     "Bharuch, April 9 (OP) - Two workers injured in Monday's explosion at a chemical plant in "
     "Bharuch died in hospital, raising the death toll to 10, officials said.", "Bharuch, India",
     {"inc": I_, "alerts": [(CU, "killed", 8, 10)]}),
    ("pn:20250409:in01", 1, PN, "2025-04-09T09:00:00Z", 6,
     "India beat Australia by six wickets in Ahmedabad Test",
     "India beat Australia by six wickets on the fourth day of the third Test in Ahmedabad on "
     "Wednesday to take a 2-1 lead in the series.", None, {"inc": None}),
    ("mp:20250409:in02", 1, MP, "2025-04-09T11:00:00Z", 4,
     "Indian court jails factory owner over 2020 Visakhapatnam gas leak",
     "NEW DELHI, India (Meridian) - A court sentenced the owner of a chemical plant to seven years "
     "in prison on Wednesday over the 2020 gas leak in Visakhapatnam that killed 12 people.",
     None, {"inc": None}),
    ("nw:20250412:j101", 1, NW, "2025-04-12T09:00:00Z", 1,
     "Gunmen storm hotel in Somali capital Mogadishu",
     "MOGADISHU, April 12 (Northwire) - Gunmen stormed a hotel near the presidential palace in "
     "Mogadishu on Saturday after a car bomb exploded at its gate, witnesses and police said. "
     "Heavy gunfire could be heard.", "Mogadishu, Somalia", {"inc": J, "alerts": [(NI,)]}),
    ("mp:20250412:j102", 1, MP, "2025-04-12T10:00:00Z", 2,
     "Al Shabaab says it is behind Mogadishu hotel attack",
     "MOGADISHU, Somalia (Meridian) - Somalia's al Shabaab Islamist group said its fighters carried "
     "out Saturday's attack on a hotel in Mogadishu, in a statement on a website it uses. Security "
     "forces were still battling the attackers.", "Mogadishu, Somalia",
     {"inc": J, "alerts": [(RC,)]}),
    ("as:20250412:j103", 1, AS, "2025-04-12T12:00:00Z", 2,
     "Somalia hotel siege: at least 9 killed, police say",
     "MOGADISHU (Agence Sud) - At least nine people, including three soldiers, were killed as "
     "security forces fought militants holed up in a hotel in Mogadishu, police said on "
     "Saturday.", "Mogadishu", {"inc": J, "alerts": [(CU, "killed", None, 9)]}),
    ("op:20250412:j104", 1, OP, "2025-04-12T15:00:00Z", 3,
     "Kenya condemns Mogadishu hotel attack claimed by al Shabaab",
     "Nairobi, April 12 (OP) - Kenya's foreign ministry condemned Saturday's attack on a hotel in "
     "Mogadishu, which al Shabaab has claimed, and said no Kenyan citizens were among the nine "
     "people killed.", "Nairobi, Kenya", {"inc": J}),
    ("nw:20250413:j105", 1, NW, "2025-04-13T10:00:00Z", 2,
     "Somali hotel siege ends; 17 killed, attackers dead",
     "MOGADISHU, April 13 (Northwire) - Somali forces ended a 14-hour siege of a Mogadishu hotel on "
     "Sunday, police said. Seventeen people were killed and 43 wounded in the attack; all four "
     "attackers were also killed.", "Mogadishu, Somalia",
     {"inc": J, "alerts": [(CU, "killed", 9, 17), (CU, "injured", None, 43)]}),
    ("pn:20250413:j106", 1, PN, "2025-04-13T12:00:00Z", 3,
     "Police: nine killed in Mogadishu hotel assault",
     "At least nine people, three of them soldiers, died when militants attacked a hotel in the "
     "Somali capital, police said.", None, {"inc": J, "near": "as:20250412:j103@1"}),
    ("mp:20250413:j107", 1, MP, "2025-04-13T13:00:00Z", 2,
     "Seventeen dead, 43 hurt as Mogadishu hotel siege ends",
     "MOGADISHU, Somalia (Meridian) - The siege of a hotel in Mogadishu ended on Sunday with 17 "
     "people dead and 43 injured, police said, adding that the four gunmen had been killed.",
     "Mogadishu, Somalia", {"inc": J, "near": "nw:20250413:j105@1"}),
    ("as:20250414:j108", 1, AS, "2025-04-14T08:00:00Z", 3,
     "Somali minister denies security failure in hotel attack",
     "MOGADISHU (Agence Sud) - Somalia's security minister denied on Monday that intelligence "
     "failures allowed militants to attack a Mogadishu hotel where 17 people were killed, and said "
     "two suspected accomplices had been detained.", "Mogadishu",
     {"inc": J, "alerts": [(CU, "arrested", None, 2)]}),
    ("pn:20250414:jn01", 1, PN, "2025-04-14T09:00:00Z", 4,
     "Survivors of 2017 Mogadishu truck bombing still waiting for help, report says",
     "Many survivors of the October 2017 truck bombing in Mogadishu, which killed more than 500 "
     "people, have received no compensation, a Somali rights group said on Monday.", None,
     {"inc": None}),
    ("nw:20250414:jn02", 1, NW, "2025-04-14T11:00:00Z", 5,
     "Somalia's president meets IMF team on debt relief",
     "MOGADISHU, April 14 (Northwire) - Somalia's president met a visiting IMF team on Monday to "
     "discuss the next steps of the country's debt relief programme.", "Mogadishu, Somalia",
     {"inc": None}),
    ("op:20250415:j109", 1, OP, "2025-04-15T07:00:00Z", 2,
     "Mogadishu hotel attack toll rises to 19 as two die of wounds",
     "Mogadishu, April 15 (OP) - Two people wounded in Saturday's hotel attack in Mogadishu died in "
     "hospital, bringing the death toll to 19, a police spokesman said.", "Mogadishu, Somalia",
     {"inc": J, "alerts": [(CU, "killed", 17, 19)]}),
]


# A third batch, also written and scored before any change for it: two incidents at once in
# one country (a train derailment and a bombing in Pakistan), a withheld item, a correction
# of one field, claims by acronym, and floods with a toll revised down.
K, M, L = "hazara-express-derailment", "quetta-market-bombing", "baghlan-floods"
TITLES.update({
    K: ("Hazara Express derailment near Nawabshah, Sindh, Pakistan (20 Apr 2025)",),
    M: ("Bombing at a vegetable market in Quetta, Pakistan (22 Apr 2025)",),
    L: ("Flash floods in Baghlan province, Afghanistan (25 Apr 2025)",),
})
ITEMS += [
    ("nw:20250420:k101", 1, NW, "2025-04-20T08:00:00Z", 1,
     "Passenger train derails in southern Pakistan, several coaches overturn",
     "KARACHI, April 20 (Northwire) - Several coaches of a Karachi-bound passenger train derailed "
     "near Nawabshah in Pakistan's Sindh province on Sunday, railway officials said. There was no "
     "immediate word on casualties.", "Karachi, Pakistan", {"inc": K, "alerts": [(NI,)]}),
    ("op:20250420:k102", 1, OP, "2025-04-20T09:10:00Z", 2,
     "At least 15 killed as Pakistan train derails",
     "Karachi, April 20 (OP) - At least 15 people were killed and more than 50 injured when ten "
     "coaches of the Hazara Express jumped the tracks near Nawabshah, a railway spokesman said.",
     "Karachi, Pakistan",
     {"inc": K, "alerts": [(CU, "killed", None, 15), (CU, "injured", None, 50)]}),
    ("mp:20250420:k103", 1, MP, "2025-04-20T09:40:00Z", 2,
     "Pakistan: Hazara Express derailment leaves 15 dead, over 50 hurt",
     "ISLAMABAD, Pakistan (Meridian) - Fifteen passengers died and over 50 were hurt after ten "
     "carriages of the Hazara Express came off the rails in Sindh, according to a Pakistan "
     "Railways spokesman.", "Islamabad, Pakistan", {"inc": K, "near": "op:20250420:k102@1"}),
    ("as:20250420:k104", 1, AS, "2025-04-20T14:00:00Z", 2,
     "Pakistan train crash toll rises to 28, railway minister says",
     "NAWABSHAH (Agence Sud) - The number of people killed in Sunday's derailment near Nawabshah "
     "has risen to 28, Pakistan's railway minister told reporters, adding that 87 people were "
     "injured.", "Nawabshah",
     {"inc": K, "alerts": [(CU, "killed", 15, 28), (CU, "injured", 50, 87)]}),
    ("nw:20250421:k105", 1, NW, "2025-04-21T06:00:00Z", 2,
     "Pakistan train derailment toll reaches 30",
     "KARACHI, April 21 (Northwire) - The death toll from Sunday's train derailment in Sindh rose "
     "to 30, hospital officials said.", "Karachi, Pakistan",
     {"inc": K, "status": "withheld"}),
    ("nw:20250421:k105", 2, NW, "2025-04-21T06:30:00Z", 2,
     "Pakistan train derailment toll reaches 30",
     "KARACHI, April 21 (Northwire) - The death toll from Sunday's train derailment in Sindh rose "
     "to 30, hospital officials said.", "Karachi, Pakistan",
     {"inc": K, "alerts": [(CU, "killed", 28, 30)]}),
    ("pn:20250421:k106", 1, PN, "2025-04-21T09:00:00Z", 3,
     "Pakistan orders inquiry into Hazara Express derailment",
     "Pakistan's prime minister ordered an inquiry into Sunday's derailment of the Hazara Express, "
     "in which 30 people died, and suspended three railway officials.", None, {"inc": K}),
    ("mp:20250421:k107", 1, MP, "2025-04-21T11:00:00Z", 2,
     "Pakistan train derailment: 30 dead, 78 injured",
     "KARACHI, Pakistan (Meridian) - Thirty people were killed and 78 injured in Sunday's "
     "derailment of the Hazara Express near Nawabshah, the provincial health department said on "
     "Monday.", "Karachi, Pakistan", {"inc": K, "alerts": [(CU, "injured", 87, 78)]}),
    ("mp:20250421:k107", 2, MP, "2025-04-21T11:30:00Z", 2,
     "CORRECTED-Pakistan train derailment: 30 dead, 87 injured",
     "KARACHI, Pakistan (Meridian) - Thirty people were killed and 87 injured in Sunday's "
     "derailment of the Hazara Express near Nawabshah, the provincial health department said on "
     "Monday. (Corrects number of injured to 87 from 78)", "Karachi, Pakistan",
     {"inc": K, "alerts": [(CO, "injured", 78, 87)]}),
    ("as:20250422:m101", 1, AS, "2025-04-22T07:00:00Z", 1,
     "Bomb blast hits crowded market in Pakistan's Quetta",
     "QUETTA (Agence Sud) - A powerful bomb exploded in a crowded vegetable market in Quetta, the "
     "capital of Pakistan's Balochistan province, on Tuesday, police said.", "Quetta",
     {"inc": M, "alerts": [(NI,)]}),
    ("op:20250422:m102", 1, OP, "2025-04-22T08:00:00Z", 2,
     "Quetta market bombing kills a dozen, wounds 40",
     "Quetta, April 22 (OP) - A bomb hidden on a motorcycle killed a dozen people and wounded 40 at "
     "a vegetable market in Quetta on Tuesday, a senior police official said.", "Quetta, Pakistan",
     {"inc": M, "alerts": [(CU, "killed", None, 12), (CU, "injured", None, 40)]}),
    ("nw:20250422:m103", 1, NW, "2025-04-22T08:30:00Z", 2,
     "Twelve dead, 40 injured in Quetta market blast - police",
     "QUETTA, April 22 (Northwire) - Twelve people lost their lives and forty were wounded when an "
     "explosive device fitted to a motorbike went off in a Quetta vegetable market, a senior "
     "police officer said.", "Quetta, Pakistan", {"inc": M, "near": "op:20250422:m102@1"}),
    ("mp:20250422:m104", 1, MP, "2025-04-22T11:00:00Z", 2,
     "Baloch separatists claim Quetta market bombing",
     "QUETTA, Pakistan (Meridian) - The banned Balochistan Liberation Army (BLA) claimed "
     "responsibility for Tuesday's bombing at a Quetta market in a message to reporters, saying it "
     "had targeted security personnel.", "Quetta, Pakistan", {"inc": M, "alerts": [(RC,)]}),
    ("pn:20250422:m105", 1, PN, "2025-04-22T13:00:00Z", 3,
     "Pakistan blames India-backed militants for Quetta blast",
     "Pakistan's interior minister blamed 'India-backed' militants for Tuesday's market bombing in "
     "Quetta that killed 12 people. India's foreign ministry rejected the accusation.", None,
     {"inc": M}),
    ("nw:20250422:m106", 1, NW, "2025-04-22T15:00:00Z", 3,
     "Pakistani Taliban deny role in Quetta bombing",
     "QUETTA, April 22 (Northwire) - The Pakistani Taliban (TTP) said they had no involvement in "
     "Tuesday's market bombing in Quetta, which has been claimed by the Balochistan Liberation "
     "Army.", "Quetta, Pakistan", {"inc": M}),
    ("pn:20250422:kn01", 1, PN, "2025-04-22T16:00:00Z", 6,
     "Karachi Kings beat Quetta Gladiators in PSL thriller",
     "Karachi Kings beat Quetta Gladiators by two wickets off the last ball in the Pakistan Super "
     "League on Tuesday.", None, {"inc": None}),
    ("op:20250423:m107", 1, OP, "2025-04-23T06:00:00Z", 3,
     "BLA says it carried out Quetta market attack",
     "Quetta, April 23 (OP) - The separatist BLA said it carried out Tuesday's bomb attack on a "
     "market in Quetta, in an email sent to journalists.", "Quetta, Pakistan",
     {"inc": M, "near": "mp:20250422:m104@1"}),
    ("as:20250423:m108", 1, AS, "2025-04-23T09:00:00Z", 2,
     "Quetta bombing death toll rises to 17",
     "QUETTA (Agence Sud) - Five more people died of their wounds, raising the death toll from "
     "Tuesday's market bombing in Quetta to 17, a hospital spokesman said on Wednesday.", "Quetta",
     {"inc": M, "alerts": [(CU, "killed", 12, 17)]}),
    ("nw:20250423:kn02", 1, NW, "2025-04-23T10:00:00Z", 5,
     "Pakistan stocks hit record high on IMF deal hopes",
     "KARACHI, April 23 (Northwire) - Pakistan's benchmark KSE-100 share index rose 1.2 percent to "
     "a record high on Wednesday on hopes of a new IMF loan deal.", "Karachi, Pakistan",
     {"inc": None}),
    ("mp:20250424:m109", 1, MP, "2025-04-24T08:00:00Z", 3,
     "Pakistani police detain nine over Quetta bombing",
     "QUETTA, Pakistan (Meridian) - Counter-terrorism police detained nine suspects in raids "
     "across Balochistan after Tuesday's market bombing in Quetta, officials said on Thursday.",
     "Quetta, Pakistan", {"inc": M, "alerts": [(CU, "arrested", None, 9)]}),
    ("as:20250424:kn03", 1, AS, "2025-04-24T09:00:00Z", 4,
     "Pakistani court upholds sentences over 2014 Peshawar school attack",
     "ISLAMABAD (Agence Sud) - Pakistan's Supreme Court upheld on Thursday the sentences of four "
     "men convicted over the 2014 attack on an army-run school in Peshawar that killed 149 "
     "people, most of them children.", None, {"inc": None}),
    ("nw:20250425:m110", 1, NW, "2025-04-25T07:00:00Z", 3,
     "Pakistan releases four of nine Quetta bombing suspects",
     "QUETTA, April 25 (Northwire) - Police released four of the nine people detained over "
     "Tuesday's bombing in Quetta, leaving five in custody, a police spokesman said.",
     "Quetta, Pakistan", {"inc": M, "alerts": [(CU, "arrested", 9, 5)]}),
    ("pn:20250425:l101", 1, PN, "2025-04-25T12:00:00Z", 1,
     "Flash floods sweep through Afghanistan's Baghlan province",
     "Flash floods swept through several districts of Baghlan province in northern Afghanistan on "
     "Friday after heavy rain, destroying homes and farmland, local officials said.", None,
     {"inc": L, "alerts": [(NI,)]}),
    ("mp:20250425:kn04", 1, MP, "2025-04-25T13:00:00Z", 4,
     "Pakistan marks anniversary of 2022 floods with call for climate funds",
     "ISLAMABAD, Pakistan (Meridian) - Pakistan's climate minister called for more international "
     "funds on Friday as the country marked the anniversary of the 2022 floods that killed more "
     "than 1,700 people.", "Islamabad, Pakistan", {"inc": None}),
    ("mp:20250426:l102", 1, MP, "2025-04-26T05:00:00Z", 2,
     "Afghan floods kill at least 62 in Baghlan, Taliban officials say",
     "KABUL, Afghanistan (Meridian) - Flash floods killed at least 62 people and destroyed more "
     "than 1,000 houses in Baghlan province, a spokesman for the Taliban's disaster ministry said "
     "on Saturday.", "Kabul, Afghanistan",
     {"inc": L, "alerts": [(CU, "killed", None, 62)]}),
    ("op:20250426:l103", 1, OP, "2025-04-26T11:00:00Z", 2,
     "Afghanistan flood toll passes one hundred; thousands homeless",
     "Kabul, April 26 (OP) - More than one hundred people have died in flash floods in northern "
     "Baghlan province, and about 2,400 families have lost their homes, the UN said on Saturday.",
     "Kabul, Afghanistan", {"inc": L, "alerts": [(CU, "killed", 62, 100)]}),
    ("nw:20250426:l104", 1, NW, "2025-04-26T12:30:00Z", 2,
     "UN: over 100 dead in Afghan flash floods",
     "KABUL, April 26 (Northwire) - Flash flooding in Afghanistan's Baghlan province has killed "
     "over 100 people, the United Nations said, with some 2,400 families left homeless.",
     "Kabul, Afghanistan", {"inc": L, "near": "op:20250426:l103@1"}),
    ("as:20250427:l105", 1, AS, "2025-04-27T07:00:00Z", 2,
     "Taliban say 315 killed in Afghan floods, 1,600 injured",
     "KABUL (Agence Sud) - The Taliban administration said on Sunday that 315 people had been "
     "killed and 1,600 injured by floods in Baghlan, far more than earlier estimates.", "Kabul",
     {"inc": L, "alerts": [(CU, "killed", 100, 315), (CU, "injured", None, 1600)]}),
    ("mp:20250428:l106", 1, MP, "2025-04-28T06:00:00Z", 2,
     "Afghan flood toll revised down to 153 after recount",
     "KABUL, Afghanistan (Meridian) - Afghanistan's disaster ministry revised the death toll from "
     "the Baghlan floods down to 153 on Monday, saying an earlier figure had included deaths in "
     "neighbouring provinces. More than 100 people are missing.", "Kabul, Afghanistan",
     {"inc": L, "alerts": [(CU, "killed", 315, 153), (CU, "missing", None, 100)]}),
    ("pn:20250428:l107", 1, PN, "2025-04-28T08:00:00Z", 3,
     "Afghan floods: 315 dead, 1,600 hurt - Taliban",
     "The Taliban government said 315 people died and 1,600 were hurt in the Baghlan floods.",
     None, {"inc": L, "near": "as:20250427:l105@1"}),
    ("as:20250429:l108", 1, AS, "2025-04-29T09:00:00Z", 3,
     "WFP appeals for aid as Afghan flood survivors shelter in tents",
     "KABUL (Agence Sud) - The World Food Programme appealed on Tuesday for $18 million to help "
     "survivors of the floods in Baghlan, where 153 people died, saying many families were "
     "sleeping in tents.", "Kabul", {"inc": L}),
]


# A fourth blind batch: province subtotals, a story datelined Washington about Bangkok,
# politics that "attacks", a crash with "all on board" and "no survivors".
P, Q, R = "ecuador-earthquake", "bangkok-mall-shooting", "nairobi-plane-crash"
TITLES.update({
    P: ("Earthquake in southern Ecuador (3 May 2025)",),
    Q: ("Shooting at a shopping mall in central Bangkok, Thailand (6 May 2025)",),
    R: ("Light aircraft crash after take-off from Wilson airport, Nairobi, Kenya (10 May 2025)",),
})
ITEMS += [
    ("mp:20250503:p101", 1, MP, "2025-05-03T14:00:00Z", 1,
     "Strong earthquake shakes southern Ecuador",
     "QUITO, Ecuador (Meridian) - A magnitude 6.8 earthquake struck southern Ecuador on Saturday, "
     "damaging buildings in the coastal city of Machala and the Andean city of Cuenca, the "
     "geological institute said.", "Quito, Ecuador", {"inc": P, "alerts": [(NI,)]}),
    ("nw:20250503:p102", 1, NW, "2025-05-03T17:00:00Z", 2,
     "Ecuador quake kills at least 14, injures 126",
     "QUITO, May 3 (Northwire) - At least 14 people were killed and 126 injured by the "
     "earthquake, Ecuador's risk management secretariat said. In El Oro province, 11 people died, "
     "and three died in Azuay.", "Quito, Ecuador",
     {"inc": P, "alerts": [(CU, "killed", None, 14), (CU, "injured", None, 126)]}),
    ("as:20250503:p103", 1, AS, "2025-05-03T18:00:00Z", 2,
     "Ecuador: 14 dead, 126 hurt as quake rattles south",
     "QUITO (Agence Sud) - The earthquake that hit southern Ecuador on Saturday left 14 people dead "
     "and 126 injured, according to the national risk management secretariat.", "Quito",
     {"inc": P, "near": "nw:20250503:p102@1"}),
    ("op:20250504:p104", 1, OP, "2025-05-04T09:00:00Z", 2,
     "Ecuador quake toll rises to twenty-two as rescuers search rubble",
     "Quito, May 4 (OP) - The death toll from Saturday's earthquake in southern Ecuador rose to "
     "twenty-two on Sunday, with 19 of them in El Oro province, the risk management secretariat "
     "said. Some 3,200 people were left homeless.", "Quito, Ecuador",
     {"inc": P, "alerts": [(CU, "killed", 14, 22), (CU, "displaced", None, 3200)]}),
    ("pn:20250504:p105", 1, PN, "2025-05-04T13:00:00Z", 3,
     "Ecuador's president visits quake zone, says 22 dead",
     "Ecuador's president toured the quake-hit city of Machala on Sunday and said 22 people had "
     "died.", None, {"inc": P}),
    ("nw:20250504:pn01", 1, NW, "2025-05-04T20:00:00Z", 6,
     "Barcelona SC win Guayaquil derby",
     "GUAYAQUIL, May 4 (Northwire) - Barcelona SC beat Emelec 2-0 in the Guayaquil derby on "
     "Sunday to go top of the Ecuadorean league.", "Guayaquil, Ecuador", {"inc": None}),
    ("mp:20250505:p106", 1, MP, "2025-05-05T10:00:00Z", 3,
     "Ecuador quake: number of injured climbs to 340",
     "MACHALA, Ecuador (Meridian) - The number of people injured in Saturday's earthquake has "
     "climbed to 340, health ministry officials said on Monday, while the death toll remained at "
     "22.", "Machala, Ecuador", {"inc": P, "alerts": [(CU, "injured", 126, 340)]}),
    ("as:20250505:pn02", 1, AS, "2025-05-05T12:00:00Z", 4,
     "Ecuador remembers victims of 2016 Manabi earthquake",
     "PORTOVIEJO (Agence Sud) - Families in Manabi province laid flowers on Monday for the victims "
     "of the 2016 earthquake that killed nearly 700 people along Ecuador's coast.", None,
     {"inc": None}),
    ("pn:20250506:q101", 1, PN, "2025-05-06T09:00:00Z", 1,
     "Shots fired at Bangkok shopping mall, shoppers flee",
     "Gunshots rang out inside a luxury shopping mall in central Bangkok on Tuesday, sending "
     "shoppers fleeing, police said.", None, {"inc": Q, "alerts": [(NI,)]}),
    ("op:20250506:q102", 1, OP, "2025-05-06T10:00:00Z", 2,
     "Teenage gunman kills three at Bangkok mall, police say",
     "Bangkok, May 6 (OP) - A 14-year-old gunman shot dead three people and wounded four at a "
     "shopping mall in central Bangkok before being arrested, police said.", "Bangkok, Thailand",
     {"inc": Q, "alerts": [(CU, "killed", None, 3), (CU, "injured", None, 4)]}),
    ("nw:20250506:q103", 1, NW, "2025-05-06T10:40:00Z", 2,
     "Bangkok mall shooting: 3 dead, 4 wounded; teen suspect held",
     "BANGKOK, May 6 (Northwire) - Three people were killed and four wounded when a teenager "
     "opened fire in a Bangkok shopping centre, police said, adding that the 14-year-old suspect "
     "had been detained.", "Bangkok, Thailand", {"inc": Q, "near": "op:20250506:q102@1"}),
    ("mp:20250506:q104", 1, MP, "2025-05-06T16:00:00Z", 3,
     "US says two Americans among victims of Bangkok mall shooting",
     "WASHINGTON (Meridian) - Two U.S. citizens were among the three people killed in a shooting "
     "at a Bangkok shopping mall on Tuesday, the State Department said.", "Washington",
     {"inc": Q}),
    ("as:20250507:q105", 1, AS, "2025-05-07T08:00:00Z", 3,
     "Thai police say teen gunman had been treated for mental illness",
     "BANGKOK (Agence Sud) - The 14-year-old boy arrested over Tuesday's shooting at a Bangkok mall "
     "that killed three people had been receiving treatment for mental illness, police said on "
     "Wednesday. A fourth victim, a Chinese tourist, remains in critical condition.", "Bangkok",
     {"inc": Q}),
    ("mp:20250507:qn01", 1, MP, "2025-05-07T11:00:00Z", 4,
     "Thai opposition attacks government over budget plan",
     "BANGKOK (Meridian) - Thailand's opposition attacked the government's spending plan in "
     "parliament in Bangkok on Wednesday, saying it would push public debt to a record.",
     "Bangkok", {"inc": None}),
    ("pn:20250507:qn02", 1, PN, "2025-05-07T12:00:00Z", 5,
     "Thai baht firms as tourism rebounds",
     "Thailand's baht rose 0.4 percent against the dollar on Wednesday as foreign arrivals "
     "picked up.", None, {"inc": None}),
    ("op:20250508:q106", 1, OP, "2025-05-08T06:00:00Z", 2,
     "Bangkok mall shooting toll rises to four as wounded tourist dies",
     "Bangkok, May 8 (OP) - A Chinese tourist wounded in Tuesday's shooting at a Bangkok mall died "
     "in hospital, bringing the death toll to four, police said.", "Bangkok, Thailand",
     {"inc": Q, "alerts": [(CU, "killed", 3, 4)]}),
    ("nw:20250510:r101", 1, NW, "2025-05-10T08:00:00Z", 1,
     "Light aircraft crashes near Nairobi's Wilson airport",
     "NAIROBI, May 10 (Northwire) - A light aircraft crashed shortly after take-off from Wilson "
     "airport in Nairobi on Saturday, the Kenya Civil Aviation Authority said.",
     "Nairobi, Kenya", {"inc": R, "alerts": [(NI,)]}),
    ("as:20250510:r102", 1, AS, "2025-05-10T09:30:00Z", 2,
     "All 12 on board killed in Nairobi plane crash, aviation authority says",
     "NAIROBI (Agence Sud) - All 12 people on board a light aircraft that crashed after take-off "
     "from Nairobi's Wilson airport were killed, the Kenya Civil Aviation Authority said on "
     "Saturday. Two people on the ground were injured.", "Nairobi",
     {"inc": R, "alerts": [(CU, "killed", None, 12), (CU, "injured", None, 2)]}),
    ("mp:20250510:r103", 1, MP, "2025-05-10T10:00:00Z", 2,
     "Kenya plane crash: no survivors among 12 aboard",
     "NAIROBI, Kenya (Meridian) - None of the 12 people aboard a light aircraft survived when it "
     "went down shortly after leaving Wilson airport, the Kenya Civil Aviation Authority said, "
     "adding that two people on the ground were hurt.", "Nairobi, Kenya",
     {"inc": R, "near": "as:20250510:r102@1"}),
    ("pn:20250510:rn01", 1, PN, "2025-05-10T11:00:00Z", 5,
     "Kenya's central bank cuts benchmark rate",
     "Kenya's central bank cut its benchmark lending rate by 50 basis points to 9.75 percent on "
     "Saturday, citing easing inflation.", None, {"inc": None}),
    ("op:20250510:r104", 1, OP, "2025-05-10T13:00:00Z", 2,
     "Kenya plane crash: 12 dead, three injured on ground",
     "Nairobi, May 10 (OP) - Twelve people died when a light aircraft crashed into a residential "
     "area near Wilson airport, and three people on the ground were injured, police said.",
     "Nairobi, Kenya", {"inc": R, "alerts": [(CU, "injured", 2, 3)]}),
    ("as:20250511:r105", 1, AS, "2025-05-11T08:00:00Z", 3,
     "Kenya grounds operator of crashed plane",
     "NAIROBI (Agence Sud) - Kenya's aviation authority grounded the fleet of the company that "
     "operated the light aircraft that crashed after take-off from Wilson airport, pending an "
     "investigation.", "Nairobi", {"inc": R}),
    ("nw:20250511:rn02", 1, NW, "2025-05-11T10:00:00Z", 6,
     "Kenyan runner wins London Marathon",
     "LONDON, May 11 (Northwire) - Kenya's Peter Kiprono won the London Marathon on Sunday in two "
     "hours, four minutes and 12 seconds.", "London", {"inc": None}),
]


# A fifth blind batch: two bombings in Iraq on one day (and a follow-up naming neither
# city), a volcanic eruption, a building collapse in Egypt.
S, T, V, W = ("sadr-city-car-bomb", "kirkuk-checkpoint-bombing", "lewotobi-eruption",
              "giza-building-collapse")
TITLES.update({
    S: ("Car bomb at a market in Sadr City, Baghdad, Iraq (2 Jun 2025)",),
    T: ("Suicide bombing at an army checkpoint near Kirkuk, Iraq (2 Jun 2025)",),
    V: ("Eruption of Mount Lewotobi Laki-laki, Flores, Indonesia (5 Jun 2025)",),
    W: ("Residential building collapse in Imbaba, Giza, Egypt (9 Jun 2025)",),
})
ITEMS += [
    ("nw:20250602:s101", 1, NW, "2025-06-02T08:00:00Z", 1,
     "Car bomb kills 9 at Baghdad market",
     "BAGHDAD, June 2 (Northwire) - A car bomb exploded at a busy market in Baghdad's Sadr City "
     "district on Monday, killing nine people and wounding 23, security sources said.",
     "Baghdad, Iraq",
     {"inc": S, "alerts": [(NI,), (CU, "killed", None, 9), (CU, "injured", None, 23)]}),
    ("as:20250602:t101", 1, AS, "2025-06-02T08:40:00Z", 1,
     "Suicide bomber hits checkpoint in Iraq's Kirkuk, four soldiers dead",
     "KIRKUK (Agence Sud) - A suicide bomber blew himself up at an army checkpoint on the southern "
     "edge of Kirkuk on Monday, killing four soldiers, an army officer said.", "Kirkuk",
     {"inc": T, "alerts": [(NI,), (CU, "killed", None, 4)]}),
    ("mp:20250602:s102", 1, MP, "2025-06-02T09:00:00Z", 2,
     "Nine dead, 23 hurt as car bomb rips through Sadr City market",
     "BAGHDAD, Iraq (Meridian) - An explosives-laden car blew up in a crowded marketplace in the "
     "Iraqi capital's Sadr City on Monday, leaving nine people dead and 23 hurt, according to "
     "security sources.", "Baghdad, Iraq", {"inc": S, "near": "nw:20250602:s101@1"}),
    ("op:20250602:t102", 1, OP, "2025-06-02T13:00:00Z", 2,
     "Kirkuk checkpoint attack: death toll rises to six",
     "Kirkuk, June 2 (OP) - Two more soldiers wounded in the suicide attack at a checkpoint in "
     "Kirkuk died of their wounds, bringing the death toll to six, an army spokesman said.",
     "Kirkuk, Iraq", {"inc": T, "alerts": [(CU, "killed", 4, 6)]}),
    ("pn:20250603:s103", 1, PN, "2025-06-03T07:00:00Z", 2,
     "Iraq car bomb toll rises to 14, officials say",
     "The death toll from Monday's car bomb attack on a market rose to 14, Iraqi health officials "
     "said on Tuesday.", None, {"inc": S, "alerts": [(CU, "killed", 9, 14)]}),
    ("nw:20250603:t103", 1, NW, "2025-06-03T09:00:00Z", 2,
     "Islamic State claims Kirkuk suicide attack",
     "KIRKUK, June 3 (Northwire) - Islamic State claimed responsibility for Monday's suicide "
     "bombing at an army checkpoint near Kirkuk, the group's Amaq news agency said.",
     "Kirkuk, Iraq", {"inc": T, "alerts": [(RC,)]}),
    ("mp:20250603:s104", 1, MP, "2025-06-03T11:00:00Z", 3,
     "Iraqi PM orders manhunt after Baghdad market bombing",
     "BAGHDAD, Iraq (Meridian) - Iraq's prime minister ordered security chiefs to find those "
     "behind Monday's car bombing in Sadr City, and police said 7 suspects had been detained.",
     "Baghdad, Iraq", {"inc": S, "alerts": [(CU, "arrested", None, 7)]}),
    ("as:20250603:s105", 1, AS, "2025-06-03T12:00:00Z", 3,
     "Seven held over Sadr City car bomb - police",
     "BAGHDAD (Agence Sud) - Police have detained seven people suspected of involvement in "
     "Monday's car bomb attack on a Sadr City market, a police source said.", "Baghdad",
     {"inc": S, "near": "mp:20250603:s104@1"}),
    ("nw:20250603:sn01", 1, NW, "2025-06-03T14:00:00Z", 4,
     "Iraqis remember victims of 2016 Karrada bombing",
     "BAGHDAD, June 3 (Northwire) - Families gathered in Baghdad's Karrada district on Tuesday "
     "ahead of the anniversary of the July 2016 truck bombing that killed more than 300 people.",
     "Baghdad, Iraq", {"inc": None}),
    ("pn:20250603:sn02", 1, PN, "2025-06-03T15:00:00Z", 5,
     "Iraq's oil exports rise in May",
     "Iraq's oil exports rose to an average of 3.4 million barrels per day in May, the oil "
     "ministry said on Tuesday.", None, {"inc": None}),
    ("mp:20250605:v101", 1, MP, "2025-06-05T01:00:00Z", 1,
     "Volcano erupts on Indonesia's Flores island, ash forces evacuations",
     "JAKARTA, Indonesia (Meridian) - Mount Lewotobi Laki-laki on the island of Flores erupted "
     "overnight, sending ash eight kilometres into the sky and forcing about 2,000 villagers to "
     "evacuate, the volcanology agency said.", "Jakarta, Indonesia",
     {"inc": V, "alerts": [(NI,)]}),
    ("nw:20250605:v102", 1, NW, "2025-06-05T06:00:00Z", 2,
     "Indonesia volcano eruption kills 6 as hot ash buries homes",
     "JAKARTA, June 5 (Northwire) - At least six people were killed when hot ash and rocks from "
     "Mount Lewotobi Laki-laki crashed onto villages in East Flores, the national disaster agency "
     "said on Thursday.", "Jakarta, Indonesia", {"inc": V, "alerts": [(CU, "killed", None, 6)]}),
    ("as:20250605:v103", 1, AS, "2025-06-05T12:00:00Z", 2,
     "Indonesia: death toll from Flores eruption rises to 10, several missing",
     "JAKARTA (Agence Sud) - Ten people have been confirmed dead after the eruption of Mount "
     "Lewotobi Laki-laki, and 4 are still missing, the national disaster agency said. More than "
     "6,000 people have been displaced.", "Jakarta",
     {"inc": V, "alerts": [(CU, "killed", 6, 10), (CU, "missing", None, 4),
                           (CU, "displaced", None, 6000)]}),
    ("pn:20250605:v104", 1, PN, "2025-06-05T14:00:00Z", 2,
     "Flores volcano: 10 dead, 4 missing, over 6,000 displaced",
     "The eruption of Mount Lewotobi Laki-laki in eastern Indonesia has killed ten people, left "
     "four missing and displaced more than 6,000, Indonesia's disaster agency said.", None,
     {"inc": V, "near": "as:20250605:v103@1"}),
    ("mp:20250606:vn01", 1, MP, "2025-06-06T08:00:00Z", 5,
     "Indonesian rupiah weakens on trade worries",
     "JAKARTA, Indonesia (Meridian) - The rupiah fell 0.5 percent against the dollar on Friday "
     "on worries about slowing exports.", "Jakarta, Indonesia", {"inc": None}),
    ("op:20250607:v105", 1, OP, "2025-06-07T09:00:00Z", 2,
     "Lewotobi eruption: rescuers find two missing villagers dead",
     "Jakarta, June 7 (OP) - Rescuers found the bodies of two missing villagers under ash on "
     "Saturday, bringing the death toll from the Lewotobi eruption to 12, with two people still "
     "missing, the disaster agency said.", "Jakarta, Indonesia",
     {"inc": V, "alerts": [(CU, "killed", 10, 12), (CU, "missing", 4, 2)]}),
    ("as:20250607:vn02", 1, AS, "2025-06-07T10:00:00Z", 4,
     "Indonesian court hears appeal over 2018 Surabaya church bombings",
     "SURABAYA (Agence Sud) - An Indonesian court on Saturday heard an appeal by a man convicted "
     "of helping plan the 2018 suicide bombings of three churches in Surabaya that killed 12 "
     "people.", None, {"inc": None}),
    ("nw:20250609:w101", 1, NW, "2025-06-09T07:00:00Z", 1,
     "Residential building collapses in Egypt's Giza",
     "CAIRO, June 9 (Northwire) - A five-storey residential building collapsed in the Giza "
     "district of Imbaba on Monday, trapping residents under the rubble, the governor's office "
     "said.", "Cairo, Egypt", {"inc": W, "alerts": [(NI,)]}),
    ("mp:20250609:w102", 1, MP, "2025-06-09T10:00:00Z", 2,
     "Egypt building collapse kills eight, rescuers search for survivors",
     "CAIRO, Egypt (Meridian) - Eight people were killed and five injured when a five-storey "
     "building collapsed in Giza, the health ministry said, adding that rescuers had pulled 11 "
     "people alive from the rubble.", "Cairo, Egypt",
     {"inc": W, "alerts": [(CU, "killed", None, 8), (CU, "injured", None, 5)]}),
    ("as:20250610:w103", 1, AS, "2025-06-10T08:00:00Z", 2,
     "Egypt: Giza collapse toll climbs to 13; owner arrested",
     "CAIRO (Agence Sud) - The death toll from Monday's building collapse in Giza rose to 13, the "
     "health ministry said on Tuesday, and prosecutors ordered the arrest of the building's "
     "owner.", "Cairo", {"inc": W, "alerts": [(CU, "killed", 8, 13)]}),
    ("pn:20250610:w104", 1, PN, "2025-06-10T08:30:00Z", 2,
     "Egypt: Giza collapse toll climbs to 13; owner arrested",
     "CAIRO (Agence Sud) - The death toll from Monday's building collapse in Giza rose to 13, the "
     "health ministry said on Tuesday, and prosecutors ordered the arrest of the building's "
     "owner.", None, {"inc": W, "dup": "as:20250610:w103@1"}),
    ("op:20250610:w105", 1, OP, "2025-06-10T11:00:00Z", 3,
     "Thirteen now dead in Giza building collapse - ministry",
     "Cairo, June 10 (OP) - Egypt's health ministry said 13 people had died in the collapse of a "
     "residential building in Giza's Imbaba district.", "Cairo, Egypt",
     {"inc": W, "near": "as:20250610:w103@1"}),
    ("nw:20250610:wn01", 1, NW, "2025-06-10T20:00:00Z", 6,
     "Al Ahly win African Champions League",
     "CAIRO, June 10 (Northwire) - Egypt's Al Ahly beat Mamelodi Sundowns 2-1 on aggregate to win "
     "the African Champions League for a record 13th time.", "Cairo, Egypt", {"inc": None}),
]


# A sixth blind batch: paraphrases with other verbs (perish, suffered injuries, twister),
# corroboration by another official, a stale late rewrite, a US tornado.
Y, Z = "da-nang-karaoke-fire", "shawnee-tornado"
TITLES.update({
    Y: ("Fire at a karaoke bar in Da Nang, Vietnam (13 Jun 2025)",),
    Z: ("Tornado in Shawnee, Oklahoma, United States (15 Jun 2025)",),
})
ITEMS += [
    ("mp:20250613:y101", 1, MP, "2025-06-13T16:00:00Z", 1,
     "Fire engulfs karaoke bar in Vietnam's Da Nang",
     "HANOI, Vietnam (Meridian) - A fire broke out at a crowded karaoke bar in the central "
     "Vietnamese city of Da Nang late on Friday, state media reported.", "Hanoi, Vietnam",
     {"inc": Y, "alerts": [(NI,)]}),
    ("nw:20250614:y102", 1, NW, "2025-06-14T01:00:00Z", 2,
     "Vietnam karaoke bar fire kills 17, state media says",
     "HANOI, June 14 (Northwire) - A fire at a karaoke bar in Da Nang killed 17 people and "
     "injured 9, state broadcaster VTV said on Saturday.", "Hanoi, Vietnam",
     {"inc": Y, "alerts": [(CU, "killed", None, 17), (CU, "injured", None, 9)]}),
    ("as:20250614:y103", 1, AS, "2025-06-14T02:00:00Z", 2,
     "Seventeen perish in Da Nang karaoke blaze",
     "HANOI (Agence Sud) - At least seventeen people perished and nine others suffered injuries "
     "when flames tore through a karaoke venue in Da Nang, Vietnamese state television reported.",
     "Hanoi", {"inc": Y, "near": "nw:20250614:y102@1"}),
    ("op:20250614:y104", 1, OP, "2025-06-14T05:00:00Z", 3,
     "Da Nang police chief says 17 died in karaoke fire",
     "Da Nang, June 14 (OP) - Seventeen people died in the karaoke bar fire, the city's police "
     "chief told a news conference on Saturday, adding that the cause was being investigated.",
     "Da Nang, Vietnam", {"inc": Y}),
    ("pn:20250615:y105", 1, PN, "2025-06-15T03:00:00Z", 2,
     "Vietnam karaoke fire: fatalities rise to 21",
     "The number of fatalities from Friday's fire at a karaoke bar in Da Nang has risen to 21, "
     "Vietnamese state media said on Sunday.", None,
     {"inc": Y, "alerts": [(CU, "killed", 17, 21)]}),
    ("mp:20250615:yn01", 1, MP, "2025-06-15T06:00:00Z", 5,
     "Vietnam's exports rise 12 percent in May",
     "HANOI, Vietnam (Meridian) - Vietnam's exports rose 12 percent in May from a year earlier, "
     "led by electronics, the statistics office said.", "Hanoi, Vietnam", {"inc": None}),
    ("pn:20250615:y106", 1, PN, "2025-06-15T09:00:00Z", 3,
     "Vietnam: 17 killed, 9 hurt in Da Nang karaoke fire - state TV",
     "Seventeen people were killed and nine hurt in a fire at a karaoke bar in Da Nang, Vietnam's "
     "state television said.", None, {"inc": Y, "near": "nw:20250614:y102@1"}),
    ("mp:20250616:y107", 1, MP, "2025-06-16T04:00:00Z", 3,
     "Vietnam arrests karaoke bar owner after deadly fire",
     "HANOI, Vietnam (Meridian) - Police in Da Nang arrested the owner of the karaoke bar where 21 "
     "people died in a fire at the weekend, state media said on Monday.", "Hanoi, Vietnam",
     {"inc": Y}),
    ("nw:20250615:z101", 1, NW, "2025-06-15T23:30:00Z", 1,
     "Tornado tears through Oklahoma town, several feared dead",
     "OKLAHOMA CITY, June 15 (Northwire) - A powerful tornado tore through the town of Shawnee in "
     "central Oklahoma on Sunday evening, flattening homes, local officials said.",
     "Oklahoma City, United States", {"inc": Z, "alerts": [(NI,)]}),
    ("mp:20250616:z102", 1, MP, "2025-06-16T01:00:00Z", 2,
     "Oklahoma tornado kills 4, injures dozens",
     "SHAWNEE, Oklahoma (Meridian) - Four people were killed and dozens injured when a tornado "
     "struck Shawnee, the county emergency manager said on Sunday.", "Shawnee, Oklahoma",
     {"inc": Z, "alerts": [(CU, "killed", None, 4)]}),
    ("as:20250616:z103", 1, AS, "2025-06-16T02:00:00Z", 2,
     "Four dead as twister slams Shawnee, Oklahoma",
     "SHAWNEE (Agence Sud) - A twister slammed into Shawnee on Sunday, killing four people and "
     "injuring dozens more, according to the county emergency manager.", "Shawnee",
     {"inc": Z, "near": "mp:20250616:z102@1"}),
    ("pn:20250616:z104", 1, PN, "2025-06-16T15:00:00Z", 2,
     "Oklahoma tornado death toll rises to 7; governor declares emergency",
     "The death toll from Sunday's tornado in Shawnee rose to seven, Oklahoma's governor said on "
     "Monday, declaring a state of emergency in four counties.", None,
     {"inc": Z, "alerts": [(CU, "killed", 4, 7)]}),
    ("nw:20250616:zn01", 1, NW, "2025-06-16T20:00:00Z", 6,
     "Oklahoma City Thunder beat Pacers to win NBA title",
     "OKLAHOMA CITY, June 16 (Northwire) - The Oklahoma City Thunder beat the Indiana Pacers 103-91 "
     "in game seven on Monday to win their first NBA title.", "Oklahoma City, United States",
     {"inc": None}),
    ("nw:20250617:z105", 1, NW, "2025-06-17T08:00:00Z", 3,
     "Oklahoma tornado: hospitals treated 103 injured",
     "SHAWNEE, Oklahoma, June 17 (Northwire) - Hospitals treated 103 people injured in Sunday's "
     "tornado, officials said, as the death toll held at seven.", "Shawnee, Oklahoma",
     {"inc": Z, "alerts": [(CU, "injured", None, 103)]}),
]


# A seventh blind batch: number words ("two dozen"), a correction of the toll, a claim with
# "took responsibility", an army denying a higher toll, sport in the incident's city.
AA, BB = "bologna-train-collision", "boulkessi-camp-attack"
TITLES.update({
    AA: ("Passenger and freight trains collide near Bologna, Italy (19 Jun 2025)",),
    BB: ("Militant attack on an army camp at Boulkessi, Mali (21 Jun 2025)",),
})
ITEMS += [
    ("as:20250619:aa01", 1, AS, "2025-06-19T07:00:00Z", 1,
     "Two trains collide near Italy's Bologna",
     "ROME (Agence Sud) - A regional passenger train and a freight train collided near Bologna in "
     "northern Italy on Thursday morning, the fire service said.", "Rome",
     {"inc": AA, "alerts": [(NI,)]}),
    ("mp:20250619:aa02", 1, MP, "2025-06-19T09:00:00Z", 1,
     "Italy train collision kills two dozen, injures scores",
     "ROME, Italy (Meridian) - Two dozen people were killed and scores injured when a passenger "
     "train hit a freight train near Bologna, the civil protection department said.",
     "Rome, Italy", {"inc": AA, "alerts": [(CU, "killed", None, 24)]}),
    ("mp:20250619:aa02", 2, MP, "2025-06-19T09:40:00Z", 1,
     "CORRECTED-Italy train collision kills 22, injures scores",
     "ROME, Italy (Meridian) - Twenty-two people were killed and scores injured when a passenger "
     "train hit a freight train near Bologna, the civil protection department said. (Corrects "
     "death toll to 22 from 24)", "Rome, Italy",
     {"inc": AA, "alerts": [(CO, "killed", 24, 22)]}),
    ("op:20250619:aa03", 1, OP, "2025-06-19T13:00:00Z", 2,
     "Italy train crash: 22 dead, 61 injured - civil protection",
     "Rome, June 19 (OP) - Twenty-two people died and 61 were injured in Thursday's collision "
     "between a passenger train and a freight train near Bologna, Italy's civil protection "
     "department said.", "Rome, Italy", {"inc": AA, "alerts": [(CU, "injured", None, 61)]}),
    ("pn:20250619:aa04", 1, PN, "2025-06-19T14:00:00Z", 2,
     "Bologna rail disaster leaves 22 dead, 61 hurt",
     "A collision between a passenger train and a goods train outside Bologna left 22 people dead "
     "and 61 injured, Italy's civil protection agency said.", None,
     {"inc": AA, "near": "op:20250619:aa03@1"}),
    ("nw:20250620:aa05", 1, NW, "2025-06-20T09:00:00Z", 3,
     "Italy: train driver detained after Bologna crash",
     "ROME, June 20 (Northwire) - Italian police detained the driver of the freight train and two "
     "signalling staff after Thursday's crash near Bologna that killed 22 people, prosecutors "
     "said.", "Rome, Italy", {"inc": AA}),
    ("mp:20250621:aa06", 1, MP, "2025-06-21T10:00:00Z", 2,
     "Italy train crash toll rises to 25 as three injured die",
     "ROME, Italy (Meridian) - Three people injured in Thursday's train collision near Bologna "
     "died in hospital, raising the death toll to 25, the civil protection department said on "
     "Saturday.", "Rome, Italy", {"inc": AA, "alerts": [(CU, "killed", 22, 25)]}),
    ("as:20250621:aan1", 1, AS, "2025-06-21T18:00:00Z", 6,
     "Bologna beat Juventus to reach Italian Cup final",
     "BOLOGNA (Agence Sud) - Bologna beat Juventus 2-1 on Saturday to reach the Italian Cup final "
     "for the first time in 50 years.", "Bologna", {"inc": None}),
    ("pn:20250621:aan2", 1, PN, "2025-06-21T19:00:00Z", 4,
     "Italian court convicts rail managers over 2009 Viareggio disaster",
     "An Italian appeals court convicted three former rail managers on Saturday over the 2009 "
     "derailment and fire in Viareggio that killed 32 people.", None, {"inc": None}),
    ("nw:20250621:bb01", 1, NW, "2025-06-21T11:00:00Z", 1,
     "Militants attack army camp in central Mali",
     "BAMAKO, June 21 (Northwire) - Militants attacked an army camp in the town of Boulkessi in "
     "central Mali on Saturday, the army said, without giving a toll.", "Bamako, Mali",
     {"inc": BB, "alerts": [(NI,)]}),
    ("as:20250621:bb02", 1, AS, "2025-06-21T16:00:00Z", 2,
     "Mali army says 14 soldiers killed in attack on camp",
     "BAMAKO (Agence Sud) - Fourteen soldiers were killed and 20 wounded in an attack by "
     "militants on an army camp in Boulkessi, the Malian army said in a statement.", "Bamako",
     {"inc": BB, "alerts": [(CU, "killed", None, 14), (CU, "injured", None, 20)]}),
    ("mp:20250622:bb03", 1, MP, "2025-06-22T08:00:00Z", 2,
     "Al Qaeda affiliate JNIM takes responsibility for Mali camp attack",
     "BAMAKO, Mali (Meridian) - Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate "
     "in the Sahel, took responsibility for Saturday's attack on an army camp in Boulkessi, "
     "according to the SITE Intelligence Group.", "Bamako, Mali", {"inc": BB, "alerts": [(RC,)]}),
    ("op:20250622:bb04", 1, OP, "2025-06-22T12:00:00Z", 2,
     "Mali attack toll rises to 30 soldiers, security sources say",
     "Bamako, June 22 (OP) - At least 30 soldiers were killed in Saturday's attack on an army camp "
     "in Boulkessi, two security sources said, more than double the army's figure.",
     "Bamako, Mali", {"inc": BB, "alerts": [(CU, "killed", 14, 30)]}),
    ("pn:20250622:bb05", 1, PN, "2025-06-22T15:00:00Z", 3,
     "Mali's junta vows revenge after Boulkessi attack",
     "Mali's military government vowed on Sunday to avenge the soldiers killed in the attack on "
     "the Boulkessi camp, which JNIM has claimed.", None, {"inc": BB}),
    ("nw:20250623:bb06", 1, NW, "2025-06-23T09:00:00Z", 3,
     "Mali army denies heavy losses in Boulkessi attack",
     "BAMAKO, June 23 (Northwire) - Mali's army denied reports that 30 soldiers died in Saturday's "
     "attack on the Boulkessi camp, saying its toll of 14 dead stood.", "Bamako, Mali",
     {"inc": BB, "alerts": [(CU, "killed", 30, 14)]}),
    ("mp:20250623:bbn1", 1, MP, "2025-06-23T10:00:00Z", 5,
     "Mali's gold output rises in first half",
     "BAMAKO, Mali (Meridian) - Mali's industrial gold output rose 8 percent in the first half of "
     "the year, the mines ministry said.", "Bamako, Mali", {"inc": None}),
]


# An eighth blind batch: events that cross borders or name several countries. A first report
# that puts a tanker blast in the wrong country (Rwanda for Congo) and its CORRECTED version, an
# arrest story naming both countries, a same-day fuel-truck fire across another border (different
# figures) and a same-day boat capsize in Rwanda with the same toll (different kind and place),
# a quake on the Iran-Iraq border with per-country subtotals beside whole-incident totals.
LW = "Levant Wire"
CC, FF, GG, DD = ("goma-tanker-explosion", "kasese-fuel-truck-fire", "lake-kivu-boat-capsize",
                  "iran-iraq-border-quake")
TITLES.update({
    CC: ("Fuel tanker explosion at the Goma border crossing, DR Congo (1 Jul 2025)",),
    FF: ("Fuel truck fire near the Mpondwe border crossing, Kasese, Uganda (1 Jul 2025)",),
    GG: ("Passenger boat capsizes on Lake Kivu off Karongi, Rwanda (1 Jul 2025)",),
    DD: ("Earthquake on the Iran-Iraq border near Qasr-e Shirin and Khanaqin (4 Jul 2025)",),
})
ITEMS += [
    ("pn:20250701:ccn1", 1, PN, "2025-07-01T07:50:00Z", 5,
     "Congo and Rwanda foreign ministers to meet on peace deal",
     "The foreign ministers of the Democratic Republic of Congo and Rwanda will meet in Doha next "
     "week to review progress on a peace agreement for eastern Congo, Qatar's foreign ministry "
     "said on Tuesday.", None, {"inc": None}),
    # --- CC: Goma tanker explosion, first placed in Rwanda --------------------------------
    ("nw:20250701:cc01", 1, NW, "2025-07-01T09:00:00Z", 1,
     "Fuel tanker blast kills nine in Rwandan border town",
     "KIGALI, July 1 (Northwire) - A fuel tanker exploded at a busy roundabout in the Rwandan "
     "border town of Gisenyi on Tuesday, killing at least nine people, witnesses and a local "
     "official said.", "Kigali, Rwanda",
     {"inc": CC, "alerts": [(NI,), (CU, "killed", None, 9)]}),
    ("as:20250701:cc02", 1, AS, "2025-07-01T09:40:00Z", 2,
     "DR Congo: fuel tanker explodes in Goma, nine dead, 22 hurt",
     "GOMA (Agence Sud) - A fuel tanker exploded near the Grande Barriere border crossing in Goma, "
     "in the east of the Democratic Republic of Congo, on Tuesday, killing nine people and "
     "injuring 22, the North Kivu provincial government said.", "Goma",
     {"inc": CC, "alerts": [(CU, "injured", None, 22)]}),
    ("nw:20250701:cc01", 2, NW, "2025-07-01T10:05:00Z", 1,
     "CORRECTED-Fuel tanker blast kills nine in Congolese border city",
     "KIGALI, July 1 (Northwire) - A fuel tanker exploded at a busy roundabout in the Congolese "
     "border city of Goma on Tuesday, killing at least nine people, witnesses and a local "
     "official said. (Corrects location to Goma, Democratic Republic of Congo, from Gisenyi, "
     "Rwanda, in headline and first paragraph)", "Kigali, Rwanda",
     {"inc": CC, "alerts": [(CO,)]}),
    ("mp:20250701:cc03", 1, MP, "2025-07-01T10:20:00Z", 2,
     "Tanker blast in eastern Congo's Goma leaves 9 dead, 22 wounded",
     "GOMA, Democratic Republic of Congo (Meridian) - Nine people died and 22 were wounded when a "
     "fuel tanker blew up close to the crossing into Rwanda in Goma, North Kivu's provincial "
     "government said on Tuesday.", "Goma, Democratic Republic of Congo",
     {"inc": CC, "near": "as:20250701:cc02@1"}),
    # --- FF: a separate fuel-truck fire across the Uganda border, same day ----------------
    ("op:20250701:ff01", 1, OP, "2025-07-01T11:00:00Z", 1,
     "Fuel truck overturns and burns in western Uganda, three dead",
     "Kampala, July 1 (OP) - A fuel truck overturned and burst into flames near the Mpondwe "
     "border crossing with Congo in Uganda's Kasese district on Tuesday, killing three people "
     "and injuring five, police said.", "Kasese, Uganda",
     {"inc": FF, "alerts": [(NI,), (CU, "killed", None, 3), (CU, "injured", None, 5)]}),
    # --- GG: a separate boat capsize in Rwanda, same day, same toll as CC at the time -----
    ("as:20250701:gg01", 1, AS, "2025-07-01T11:30:00Z", 1,
     "Boat capsizes on Lake Kivu in western Rwanda, nine dead",
     "KIGALI (Agence Sud) - A wooden passenger boat capsized on Lake Kivu off Karongi district in "
     "western Rwanda on Tuesday, killing nine people, the Rwanda National Police said. Eleven "
     "passengers were rescued.", "Kigali",
     {"inc": GG, "alerts": [(NI,), (CU, "killed", None, 9)]}),
    ("nw:20250701:cc04", 1, NW, "2025-07-01T12:00:00Z", 2,
     "Goma tanker blast toll rises to 14, 31 injured",
     "GOMA, July 1 (Northwire) - The death toll from Tuesday's fuel tanker explosion in Goma rose "
     "to 14, and 31 people were injured, North Kivu's provincial health ministry said.",
     "Goma, Democratic Republic of Congo",
     {"inc": CC, "alerts": [(CU, "killed", 9, 14), (CU, "injured", 22, 31)]}),
    ("mp:20250701:gg02", 1, MP, "2025-07-01T12:40:00Z", 2,
     "Nine drown as overloaded boat sinks on Lake Kivu",
     "KIGALI, Rwanda (Meridian) - Nine people drowned when an overloaded boat went down on Lake "
     "Kivu near Karongi, the Rwanda National Police said on Tuesday, adding that 11 people had "
     "been pulled from the water.", "Kigali, Rwanda",
     {"inc": GG, "near": "as:20250701:gg01@1"}),
    ("nw:20250701:cc04", 1, NW, "2025-07-01T13:30:00Z", 2,
     "Goma tanker blast toll rises to 14, 31 injured",
     "GOMA, July 1 (Northwire) - The death toll from Tuesday's fuel tanker explosion in Goma rose "
     "to 14, and 31 people were injured, North Kivu's provincial health ministry said.",
     "Goma, Democratic Republic of Congo", {"resend": True}),
    ("pn:20250701:cc05", 1, PN, "2025-07-01T14:00:00Z", 3,
     "Rwanda sends fire engines across border after Goma tanker blast",
     "Rwanda sent fire engines and ambulances across the border into Goma on Tuesday after the "
     "fuel tanker explosion in the Congolese city, which killed 14 people, a Rwandan government "
     "spokeswoman said.", None, {"inc": CC}),
    ("op:20250701:ff02", 1, OP, "2025-07-01T15:00:00Z", 2,
     "Uganda fuel truck fire: death toll rises to four",
     "Kasese, July 1 (OP) - One of the people injured when a fuel truck caught fire near the "
     "Mpondwe border crossing died in hospital, raising the death toll to four, Ugandan police "
     "said.", "Kasese, Uganda", {"inc": FF, "alerts": [(CU, "killed", 3, 4)]}),
    ("mp:20250702:cc06", 1, MP, "2025-07-02T07:00:00Z", 3,
     "Two held over tanker blast at Congo-Rwanda border crossing",
     "GISENYI, Rwanda (Meridian) - Two people have been detained over Tuesday's fuel tanker "
     "explosion at the Goma-Gisenyi crossing on the border between Congo and Rwanda: the truck's "
     "Rwandan owner, held by police in Gisenyi, and the Congolese manager of the depot that "
     "loaded it, held in Goma, officials in both countries said on Wednesday.", "Gisenyi, Rwanda",
     {"inc": CC, "alerts": [(CU, "arrested", None, 2)]}),
    ("as:20250702:ccn2", 1, AS, "2025-07-02T08:00:00Z", 5,
     "Congolese franc steadies as cobalt exports resume",
     "KINSHASA (Agence Sud) - Congo's franc held steady against the dollar on Wednesday after the "
     "government lifted a four-month ban on cobalt exports, traders said. Rwanda's franc was "
     "little changed.", "Kinshasa", {"inc": None}),
    ("nw:20250702:cc07", 1, NW, "2025-07-02T09:00:00Z", 2,
     "Congo revises Goma tanker blast toll down to 12",
     "GOMA, July 2 (Northwire) - North Kivu's provincial government revised the death toll from "
     "Tuesday's fuel tanker explosion in Goma down to 12 from 14, saying two victims taken to "
     "hospital in Gisenyi, across the border in Rwanda, had been counted twice.",
     "Goma, Democratic Republic of Congo", {"inc": CC, "alerts": [(CU, "killed", 14, 12)]}),
    ("pn:20250702:ccn3", 1, PN, "2025-07-02T10:00:00Z", 5,
     "Uganda and Congo extend joint operation against ADF rebels",
     "Uganda and the Democratic Republic of Congo agreed on Wednesday to extend by six months "
     "their joint military operation against Allied Democratic Forces rebels in eastern Congo, "
     "Uganda's army said.", None, {"inc": None}),
    ("op:20250702:cc08", 1, OP, "2025-07-02T11:00:00Z", 2,
     "Goma fuel tanker explosion: 14 dead, 31 hurt",
     "Kinshasa, July 2 (OP) - Fourteen people were killed and 31 injured in Tuesday's fuel "
     "tanker explosion in the eastern Congolese city of Goma, according to the North Kivu "
     "provincial health ministry.", "Kinshasa, Democratic Republic of Congo",
     {"inc": CC, "near": "nw:20250701:cc04@1"}),
    ("nw:20250702:ccn4", 1, NW, "2025-07-02T18:00:00Z", 6,
     "Rwanda beat DR Congo 2-1 in African Nations Championship warm-up",
     "KIGALI, July 2 (Northwire) - Rwanda beat the Democratic Republic of Congo 2-1 in a friendly "
     "in Kigali on Wednesday as both sides prepared for next month's African Nations "
     "Championship.", "Kigali, Rwanda", {"inc": None}),
    # --- DD: earthquake on the Iran-Iraq border -----------------------------------------
    ("pn:20250704:dd01", 1, PN, "2025-07-04T16:20:00Z", 1,
     "Strong earthquake strikes Iran-Iraq border region",
     "A magnitude 6.1 earthquake struck the border region between Iran and Iraq on Friday "
     "evening, with its epicentre near the Iranian town of Qasr-e Shirin, the U.S. Geological "
     "Survey said. The tremor was felt in Baghdad and across Iraq's Kurdistan region.", None,
     {"inc": DD, "alerts": [(NI,)]}),
    ("op:20250704:dd02", 1, OP, "2025-07-04T17:10:00Z", 2,
     "Quake kills six on Iraqi side of border, health ministry says",
     "Baghdad, July 4 (OP) - Six people were killed and 48 injured in the Iraqi border town of "
     "Khanaqin when Friday's earthquake brought down homes, Iraq's health ministry said. Iranian "
     "state media reported deaths and injuries on the Iranian side of the border but gave no "
     "figures.", "Baghdad, Iraq", {"inc": DD}),
    ("as:20250704:dd03", 1, AS, "2025-07-04T18:00:00Z", 2,
     "Iran: quake kills 19 in Kermanshah, 25 dead on both sides of border",
     "TEHRAN (Agence Sud) - Nineteen people were killed and 302 injured in Iran's Kermanshah "
     "province by Friday's earthquake, state television said, bringing the number of dead on "
     "both sides of the border to 25, including the six reported in Iraq.", "Tehran",
     {"inc": DD, "alerts": [(CU, "killed", None, 25)]}),
    ("mp:20250704:dd04", 1, MP, "2025-07-04T19:00:00Z", 2,
     "Iran-Iraq earthquake kills 25, injures 350",
     "BAGHDAD, Iraq (Meridian) - Friday's earthquake on the Iran-Iraq border killed at least 25 "
     "people and injured 350 on both sides of the frontier, officials in the two countries said. "
     "Iran reported 19 dead and 302 injured in Kermanshah province, and Iraq six dead and 48 "
     "injured in Khanaqin.", "Baghdad, Iraq",
     {"inc": DD, "alerts": [(CU, "injured", None, 350)]}),
    ("nw:20250704:dd05", 1, NW, "2025-07-04T19:30:00Z", 2,
     "Twenty-five dead, 350 hurt as quake straddles Iran-Iraq frontier",
     "TEHRAN, July 4 (Northwire) - At least 25 people lost their lives and 350 were hurt across "
     "Iran and Iraq after Friday's earthquake, officials in both countries said, with most of "
     "the victims in Iran's Kermanshah province.", "Tehran, Iran",
     {"inc": DD, "near": "mp:20250704:dd04@1"}),
    ("pn:20250704:dd06", 1, PN, "2025-07-04T19:45:00Z", 2,
     "Iran-Iraq earthquake kills 25, injures 350",
     "BAGHDAD, Iraq (Meridian) - Friday's earthquake on the Iran-Iraq border killed at least 25 "
     "people and injured 350 on both sides of the frontier, officials in the two countries said. "
     "Iran reported 19 dead and 302 injured in Kermanshah province, and Iraq six dead and 48 "
     "injured in Khanaqin.", None, {"inc": DD, "dup": "mp:20250704:dd04@1"}),
    ("lw:20250705:dd07", 1, LW, "2025-07-05T06:00:00Z", 3,
     "Turkey sends rescue teams to quake-hit Iran and Iraq",
     "ANKARA, July 5 (Levant Wire) - Turkey sent search-and-rescue teams and tents to both Iran "
     "and Iraq on Saturday after an earthquake on their shared border killed 25 people, the "
     "disaster agency AFAD said.", "Ankara, Turkey", {"inc": DD}),
    ("op:20250705:dd08", 1, OP, "2025-07-05T07:30:00Z", 3,
     "Iraq's quake toll rises to seven as injured woman dies",
     "Baghdad, July 5 (OP) - A woman injured in Friday's earthquake died in hospital in "
     "Khanaqin, raising the number of dead in Iraq to seven, Iraq's health ministry said. Most of "
     "the quake's victims were on the Iranian side of the border.", "Baghdad, Iraq", {"inc": DD}),
    ("as:20250705:dd09", 1, AS, "2025-07-05T09:00:00Z", 2,
     "Iran-Iraq quake toll rises to 31; 4,000 forced from homes",
     "TEHRAN (Agence Sud) - The number of people killed in Friday's earthquake on the Iran-Iraq "
     "border rose to 31 on Saturday as rescuers pulled more bodies from the rubble in Kermanshah "
     "province, where 24 have died, Iranian officials said. Iraq has reported seven deaths. About "
     "4,000 people on both sides of the border have been forced from their homes.", "Tehran",
     {"inc": DD, "alerts": [(CU, "killed", 25, 31), (CU, "displaced", None, 4000)]}),
    ("mp:20250705:ddn1", 1, MP, "2025-07-05T11:00:00Z", 5,
     "Iraq and Iran agree to extend gas and electricity deal",
     "BAGHDAD, Iraq (Meridian) - Iraq and Iran agreed on Saturday to extend for a year a deal "
     "under which Iran supplies gas and electricity to Iraqi power stations, Iraq's electricity "
     "ministry said.", "Baghdad, Iraq", {"inc": None}),
    ("mp:20250706:ddn2", 1, MP, "2025-07-06T08:00:00Z", 4,
     "Iraqi court jails contractors over homes that fell in 2017 quake",
     "SULAIMANIYAH, Iraq (Meridian) - A court in Iraq's Kurdistan region sentenced three "
     "contractors to prison on Sunday over state-built housing that collapsed in the November "
     "2017 earthquake on the Iran-Iraq border, which killed more than 600 people.",
     "Sulaimaniyah, Iraq", {"inc": None}),
    ("nw:20250706:dd10", 1, NW, "2025-07-06T10:00:00Z", 3,
     "Quake on Iran-Iraq border leaves 6,500 homeless, UN says",
     "GENEVA, July 6 (Northwire) - Some 6,500 people on both sides of the Iran-Iraq border have "
     "been forced from their homes by Friday's earthquake, the United Nations said on Sunday, "
     "while the death toll held at 31.", "Geneva, Switzerland",
     {"inc": DD, "alerts": [(CU, "displaced", 4000, 6500)]}),
]

# A ninth blind batch: a busy day in Lebanon and Syria. Two strikes on the same morning in
# neighbouring countries with the same first toll (four), items naming both, a claim that names
# three countries and belongs to one strike, an explosion first placed only "south of Beirut",
# a wildfire across the Lebanon-Syria border with per-side subtotals beside totals (and one
# item that gives only a per-side figure), a withdrawn toll, a stale rewrite, noise next door.
HH, JJ, KK, LL = ("bint-jbeil-drone-strike", "nawa-air-strike", "choueifat-gas-depot-explosion",
                  "akkar-talkalakh-wildfire")
TITLES.update({
    HH: ("Drone strike on a car near Bint Jbeil, southern Lebanon (14 Jul 2025)",),
    JJ: ("Air strike on a farm near Nawa, Daraa province, southern Syria (14 Jul 2025)",),
    KK: ("Gas cylinder depot explosion in Choueifat, south of Beirut, Lebanon (14 Jul 2025)",),
    LL: ("Wildfire across the Lebanon-Syria border, Akkar and Talkalakh (14 Jul 2025)",),
})
ITEMS += [
    ("mp:20250714:hhn1", 1, MP, "2025-07-14T05:30:00Z", 5,
     "Lebanon's parliament to vote on bank restructuring law",
     "BEIRUT, Lebanon (Meridian) - Lebanon's parliament is due to vote on Monday on a "
     "long-delayed law to restructure the country's banks, a step sought by the International "
     "Monetary Fund.", "Beirut, Lebanon", {"inc": None}),
    # --- HH: drone strike near Bint Jbeil, southern Lebanon ----------------------------
    ("nw:20250714:hh01", 1, NW, "2025-07-14T06:10:00Z", 1,
     "Drone strikes car near Bint Jbeil in south Lebanon",
     "BEIRUT, July 14 (Northwire) - A drone struck a car on a road outside the town of Bint "
     "Jbeil in southern Lebanon on Monday morning, Lebanon's state news agency said. There was "
     "no immediate word on casualties.", "Beirut, Lebanon", {"inc": HH, "alerts": [(NI,)]}),
    ("as:20250714:hh02", 1, AS, "2025-07-14T06:50:00Z", 2,
     "Lebanon: drone strike on car kills four near Bint Jbeil",
     "BEIRUT (Agence Sud) - Four people, including a child, were killed and two wounded when a "
     "drone struck a car near Bint Jbeil in southern Lebanon on Monday, the Lebanese health "
     "ministry said.", "Beirut",
     {"inc": HH, "alerts": [(CU, "killed", None, 4), (CU, "injured", None, 2)]}),
    # --- JJ: air strike near Nawa, southern Syria, same morning, same first toll --------
    ("lw:20250714:jj01", 1, LW, "2025-07-14T07:30:00Z", 1,
     "Air strike hits farm in southern Syria, four dead",
     "DAMASCUS, July 14 (Levant Wire) - An air strike hit a farm on the edge of the town of Nawa "
     "in Syria's southern Daraa province on Monday, killing four people, the state news agency "
     "SANA said. It came about an hour after a drone strike in southern Lebanon also killed four "
     "people.", "Damascus, Syria",
     {"inc": JJ, "alerts": [(NI,), (CU, "killed", None, 4)]}),
    ("mp:20250714:hh03", 1, MP, "2025-07-14T07:45:00Z", 2,
     "Four killed as drone hits car in south Lebanon - health ministry",
     "BEIRUT, Lebanon (Meridian) - A drone strike on a car near the southern Lebanese town of "
     "Bint Jbeil killed four people, one of them a child, and wounded two on Monday, Lebanon's "
     "health ministry said.", "Beirut, Lebanon", {"inc": HH, "near": "as:20250714:hh02@1"}),
    # --- KK: explosion first reported only as "south of Beirut" -------------------------
    ("pn:20250714:kk01", 1, PN, "2025-07-14T08:20:00Z", 1,
     "Explosion heard south of Beirut, black smoke rises",
     "A loud explosion was heard south of Beirut on Monday morning and a column of black smoke "
     "rose near the airport road, witnesses said. There was no immediate word on the cause or on "
     "casualties.", None, {"inc": KK, "alerts": [(NI,)]}),
    ("op:20250714:jj02", 1, OP, "2025-07-14T08:40:00Z", 2,
     "Syria strike toll rises to six, two of them children",
     "Damascus, July 14 (OP) - The death toll from Monday's air strike on a farm near Nawa in "
     "Daraa province rose to six, two of them children, and nine people were wounded, the Daraa "
     "health directorate said.", "Damascus, Syria",
     {"inc": JJ, "alerts": [(CU, "killed", 4, 6), (CU, "injured", None, 9)]}),
    ("mp:20250714:kk02", 1, MP, "2025-07-14T08:55:00Z", 2,
     "Blast south of Beirut was gas cylinders, not a strike, army says",
     "BEIRUT, Lebanon (Meridian) - The explosion south of Beirut on Monday morning was caused by "
     "gas cylinders catching fire at a storage depot near the airport road, not by an air "
     "strike, the Lebanese army said in a statement.", "Beirut, Lebanon", {"inc": KK}),
    ("nw:20250714:kk03", 1, NW, "2025-07-14T09:10:00Z", 2,
     "Gas depot explosion in Lebanon's Choueifat kills two, injures 15",
     "BEIRUT, July 14 (Northwire) - An explosion at a gas cylinder depot in Choueifat, a town "
     "just south of Beirut, killed two people and injured 15 on Monday, Lebanon's civil defence "
     "said.", "Beirut, Lebanon",
     {"inc": KK, "alerts": [(CU, "killed", None, 2), (CU, "injured", None, 15)]}),
    # --- LL: wildfire across the Lebanon-Syria border ------------------------------------
    ("as:20250714:ll01", 1, AS, "2025-07-14T09:30:00Z", 1,
     "Wildfire in Lebanon's Akkar spreads across border into Syria",
     "BEIRUT (Agence Sud) - A wildfire that broke out in pine forests in Lebanon's northern Akkar "
     "district early on Monday spread across the border into Syria's Talkalakh area, fanned by "
     "strong winds, Lebanon's civil defence said.", "Beirut", {"inc": LL, "alerts": [(NI,)]}),
    ("lw:20250714:hh04", 1, LW, "2025-07-14T10:00:00Z", 2,
     "Israeli military says it struck Hezbollah members in south Lebanon",
     "JERUSALEM, July 14 (Levant Wire) - The Israeli military said it had carried out Monday's "
     "drone strike on a car near Bint Jbeil in southern Lebanon, saying it targeted Hezbollah "
     "members. It did not comment on the air strike near Nawa in southern Syria the same "
     "morning, which Syria's foreign ministry blamed on Israel.", "Jerusalem",
     {"inc": HH, "alerts": [(RC,)]}),
    ("nw:20250714:hhn2", 1, NW, "2025-07-14T10:15:00Z", 5,
     "Lebanese bonds rise, Syrian pound steady on Gulf aid hopes",
     "BEIRUT, July 14 (Northwire) - Lebanon's dollar bonds rose on Monday and the Syrian pound "
     "held steady in Damascus trading as Gulf states prepared an aid package for both countries, "
     "traders said.", "Beirut, Lebanon", {"inc": None}),
    ("mp:20250714:jj03", 1, MP, "2025-07-14T10:40:00Z", 3,
     "Jordan condemns strike near its border in southern Syria",
     "AMMAN, Jordan (Meridian) - Jordan's foreign ministry condemned Monday's air strike near the "
     "Syrian town of Nawa, about 20 km from the Jordanian border, which killed six people, and "
     "urged Israel to respect Syria's sovereignty.", "Amman, Jordan", {"inc": JJ}),
    ("as:20250714:kk04", 1, AS, "2025-07-14T11:00:00Z", 2,
     "Lebanon: two dead, 15 hurt in Choueifat gas depot blast",
     "BEIRUT (Agence Sud) - Two people died and fifteen were hurt when gas cylinders blew up at "
     "a storage depot in Choueifat, south of the Lebanese capital, according to the civil "
     "defence.", "Beirut", {"inc": KK, "near": "nw:20250714:kk03@1"}),
    ("op:20250714:jj02", 1, OP, "2025-07-14T11:20:00Z", 2,
     "Syria strike toll rises to six, two of them children",
     "Damascus, July 14 (OP) - The death toll from Monday's air strike on a farm near Nawa in "
     "Daraa province rose to six, two of them children, and nine people were wounded, the Daraa "
     "health directorate said.", "Damascus, Syria", {"resend": True}),
    ("op:20250714:ll02", 1, OP, "2025-07-14T12:00:00Z", 2,
     "Lebanon-Syria border wildfire kills three, forces 1,200 from homes",
     "Beirut, July 14 (OP) - A wildfire burning on both sides of the Lebanon-Syria border has "
     "killed three people and forced some 1,200 from their homes in Lebanon's Akkar district and "
     "Syria's Talkalakh area, the civil defence services of the two countries said in a joint "
     "statement.", "Beirut, Lebanon",
     {"inc": LL, "alerts": [(CU, "killed", None, 3), (CU, "displaced", None, 1200)]}),
    ("pn:20250714:hh05", 1, PN, "2025-07-14T12:30:00Z", 2,
     "Drone strike toll in south Lebanon rises to seven",
     "The death toll from Monday's drone strike on a car near Bint Jbeil in southern Lebanon "
     "rose to seven, a hospital official in the town said.", None,
     {"inc": HH, "alerts": [(CU, "killed", 4, 7)]}),
    ("pn:20250714:jj04", 1, PN, "2025-07-14T13:00:00Z", 3,
     "Syria: four killed in air strike on farm near Nawa - state media",
     "An air strike on a farm on the outskirts of Nawa in southern Syria killed four people on "
     "Monday, the state news agency SANA reported.", None,
     {"inc": JJ, "near": "lw:20250714:jj01@1"}),
    ("pn:20250714:hh05", 2, PN, "2025-07-14T13:10:00Z", 2,
     "WITHDRAWN-Drone strike toll in south Lebanon rises to seven",
     "Pacific Newswire is withdrawing the story headlined 'Drone strike toll in south Lebanon "
     "rises to seven'. The hospital official was giving the total for several strikes over the "
     "past week. There will be no substitute story.", None,
     {"inc": HH, "alerts": [(WD,)], "status": "canceled"}),
    ("lw:20250714:ll03", 1, LW, "2025-07-14T13:30:00Z", 3,
     "Two dead on Syrian side of border wildfire, Damascus says",
     "DAMASCUS, July 14 (Levant Wire) - Two people were killed and about 700 forced from their "
     "homes on the Syrian side of the wildfire burning across the border with Lebanon, in "
     "villages near Talkalakh, Syria's emergency ministry said. Lebanon has reported one death "
     "in Akkar.", "Damascus, Syria", {"inc": LL}),
    ("mp:20250714:kk05", 1, MP, "2025-07-14T14:00:00Z", 2,
     "Choueifat depot blast toll rises to four, 23 injured",
     "CHOUEIFAT, Lebanon (Meridian) - The number of people killed in Monday's gas depot "
     "explosion in Choueifat rose to four, and 23 were injured, Lebanon's health ministry said.",
     "Choueifat, Lebanon",
     {"inc": KK, "alerts": [(CU, "killed", 2, 4), (CU, "injured", 15, 23)]}),
    ("mp:20250714:kk05", 2, MP, "2025-07-14T14:40:00Z", 2,
     "CORRECTED-Choueifat depot blast toll rises to three, 23 injured",
     "CHOUEIFAT, Lebanon (Meridian) - The number of people killed in Monday's gas depot "
     "explosion in Choueifat rose to three, and 23 were injured, Lebanon's health ministry said. "
     "(Corrects death toll to three from four in headline and first paragraph)",
     "Choueifat, Lebanon", {"inc": KK, "alerts": [(CO, "killed", 4, 3)]}),
    ("nw:20250714:ll04", 1, NW, "2025-07-14T15:00:00Z", 2,
     "Lebanon-Syria wildfire toll rises to five; 2,000 forced from homes",
     "BEIRUT, July 14 (Northwire) - The wildfire straddling the Lebanon-Syria border has killed "
     "five people in all, three in Syria and two in Lebanon, and about 2,000 people on both "
     "sides have been forced from their homes, the two countries' civil defence services said.",
     "Beirut, Lebanon",
     {"inc": LL, "alerts": [(CU, "killed", 3, 5), (CU, "displaced", 1200, 2000)]}),
    ("pn:20250714:ll05", 1, PN, "2025-07-14T15:20:00Z", 2,
     "Lebanon-Syria wildfire toll rises to five; 2,000 forced from homes",
     "BEIRUT, July 14 (Northwire) - The wildfire straddling the Lebanon-Syria border has killed "
     "five people in all, three in Syria and two in Lebanon, and about 2,000 people on both "
     "sides have been forced from their homes, the two countries' civil defence services said.",
     None, {"inc": LL, "dup": "nw:20250714:ll04@1"}),
    ("as:20250714:jjn1", 1, AS, "2025-07-14T16:00:00Z", 4,
     "Syria and Lebanon agree to start marking their shared border",
     "DAMASCUS (Agence Sud) - Syria and Lebanon agreed on Monday to set up a joint committee to "
     "demarcate their 375-km border, including disputed stretches near Akkar and Hermel, the two "
     "foreign ministries said.", "Damascus", {"inc": None}),
    ("op:20250714:hhn3", 1, OP, "2025-07-14T17:30:00Z", 4,
     "South Lebanon town marks 19 years since 2006 war",
     "Bint Jbeil, July 14 (OP) - Residents of Bint Jbeil gathered on Monday to mark 19 years "
     "since the start of the 2006 war between Israel and Hezbollah, which killed about 1,200 "
     "people in Lebanon, most of them civilians.", "Bint Jbeil, Lebanon", {"inc": None}),
    ("lw:20250714:jjn2", 1, LW, "2025-07-14T19:00:00Z", 6,
     "Lebanon beat Syria to reach West Asian basketball final",
     "AMMAN, July 14 (Levant Wire) - Lebanon beat Syria 88-79 in Amman on Monday to reach the "
     "final of the West Asian basketball championship, where they will meet hosts Jordan.",
     "Amman, Jordan", {"inc": None}),
    ("lw:20250715:ll06", 1, LW, "2025-07-15T05:00:00Z", 3,
     "Syrian side's wildfire toll rises to four as shepherd's body found",
     "DAMASCUS, July 15 (Levant Wire) - Rescuers found the body of a shepherd in the hills near "
     "Talkalakh on Tuesday, raising the number of people killed on the Syrian side of the "
     "cross-border wildfire to four, Syria's emergency ministry said. Lebanon has reported two "
     "deaths in Akkar.", "Damascus, Syria", {"inc": LL}),
    ("as:20250715:jj05", 1, AS, "2025-07-15T06:00:00Z", 2,
     "Syria revises Nawa air strike toll down to five",
     "DAMASCUS (Agence Sud) - The Daraa health directorate revised the death toll from Monday's "
     "air strike near Nawa down to five from six on Tuesday, saying a man listed among the dead "
     "had been found alive in a hospital in Daraa.", "Damascus",
     {"inc": JJ, "alerts": [(CU, "killed", 6, 5)]}),
    ("mp:20250715:hh06", 1, MP, "2025-07-15T07:00:00Z", 3,
     "Mourners bury four killed in drone strike near Bint Jbeil",
     "BINT JBEIL, Lebanon (Meridian) - Hundreds of mourners attended funerals in Bint Jbeil on "
     "Tuesday for the four people killed in Monday's drone strike on a car near the town, which "
     "Israel said targeted Hezbollah members. Hours after that strike, an air strike in southern "
     "Syria killed five people.", "Bint Jbeil, Lebanon", {"inc": HH}),
    ("nw:20250715:kk06", 1, NW, "2025-07-15T08:00:00Z", 3,
     "Lebanese police detain two over Choueifat gas depot blast",
     "BEIRUT, July 15 (Northwire) - Lebanese police detained two people, the owner of the gas "
     "depot in Choueifat and its manager, after Monday's explosion that killed three people, a "
     "judicial source said on Tuesday.", "Beirut, Lebanon",
     {"inc": KK, "alerts": [(CU, "arrested", None, 2)]}),
    ("op:20250715:ll07", 1, OP, "2025-07-15T09:00:00Z", 2,
     "Lebanon-Syria border wildfire contained; death toll rises to six",
     "Beirut, July 15 (OP) - Firefighters on both sides of the Lebanon-Syria border contained "
     "the wildfire on Tuesday, which killed six people in all - four in Syria and two in "
     "Lebanon - Lebanon's civil defence and Syria's emergency ministry said.", "Beirut, Lebanon",
     {"inc": LL, "alerts": [(CU, "killed", 5, 6)]}),
    ("pn:20250715:hhn4", 1, PN, "2025-07-15T10:00:00Z", 4,
     "Lebanese judge charges officials over 2020 Beirut port blast",
     "A Lebanese judge charged four former officials on Tuesday over the August 2020 explosion "
     "at Beirut port that killed more than 220 people, judicial sources said.", None,
     {"inc": None}),
    ("lw:20250715:jj06", 1, LW, "2025-07-15T11:00:00Z", 2,
     "Israel says it struck weapons site in southern Syria",
     "JERUSALEM, July 15 (Levant Wire) - The Israeli military said on Tuesday it had carried out "
     "Monday's air strike near Nawa in Syria's Daraa province, saying it hit a weapons storage "
     "site, a day after it acknowledged a drone strike in southern Lebanon. Syrian state media "
     "said the strike hit a farm and killed five people.", "Jerusalem",
     {"inc": JJ, "alerts": [(RC,)]}),
]

# A tenth blind batch: an ordinary 36 hours on a global wire, far from the earlier batches. A
# Kazakh coal mine blast whose toll rises, is CORRECTED once and revised down once, with a
# governor's same-figure corroboration and an increment ("three more were hospitalised"); a bus
# terminal bombing in Mindanao with an army accusation, a denial, an Islamic State claim and its
# repeats, a withdrawn toll and an exact re-send; a market fire on the Guatemala-Mexico border
# first placed on the Mexican side, a withheld item, and a same-day bar shooting across the border
# in Mexico with the same toll at the time; landslides in southern Ethiopia counted in "bodies
# recovered" and "families"; court cases and an anniversary about older events in the same places.
HZ = "Horizon Wire"
NN, PP, QQ, RR, SS = ("shakhtinsk-mine-explosion", "cotabato-bus-terminal-bombing",
                      "tecun-uman-market-fire", "tapachula-bar-shooting", "gofa-landslides")
TITLES.update({
    NN: ("Methane explosion at the Zhalyn coal mine near Shakhtinsk, Karaganda region, "
         "Kazakhstan (4 Aug 2025)",),
    PP: ("Bombing at the main bus terminal in Cotabato City, Mindanao, Philippines (4 Aug 2025)",),
    QQ: ("Fire at the municipal market of Tecun Uman on the Guatemala-Mexico border, Guatemala "
         "(4 Aug 2025)",),
    RR: ("Shooting at a bar in Tapachula, Chiapas, Mexico (4 Aug 2025)",),
    SS: ("Landslides in Geze Gofa district, Gofa zone, southern Ethiopia (5 Aug 2025)",),
})
ITEMS += [
    ("pn:20250804:ppn1", 1, PN, "2025-08-04T00:30:00Z", 5,
     "Philippine shares edge up, peso steady ahead of inflation data",
     "Philippine shares rose 0.3 percent in early trade on Monday and the peso held steady against "
     "the dollar as investors waited for July inflation figures due on Tuesday.", None,
     {"inc": None}),
    # --- NN: Zhalyn coal mine explosion, Kazakhstan -------------------------------------
    ("hz:20250804:nn01", 1, HZ, "2025-08-04T01:50:00Z", 1,
     "Methane blast rocks Kazakh coal mine, rescuers go underground",
     "Almaty, 4 August (Horizon) - A methane explosion tore through the Zhalyn coal mine near the "
     "town of Shakhtinsk in Kazakhstan's Karaganda region early on Monday, when 47 miners were "
     "working underground, the emergency situations ministry said. Rescue crews had gone down "
     "the shaft.", "Shakhtinsk, Kazakhstan", {"inc": NN, "alerts": [(NI,)]}),
    # --- PP: Cotabato City bus terminal bombing, Philippines ----------------------------
    ("pn:20250804:pp01", 1, PN, "2025-08-04T02:30:00Z", 1,
     "Blast hits crowded bus terminal in southern Philippines",
     "An explosion ripped through the main bus terminal of Cotabato City on the southern "
     "Philippine island of Mindanao during the Monday morning rush, police said. Ambulances were "
     "ferrying the wounded to hospitals.", None, {"inc": PP, "alerts": [(NI,)]}),
    ("mp:20250804:nn02", 1, MP, "2025-08-04T03:15:00Z", 2,
     "Kazakh mine explosion claims six lives, 18 unaccounted for",
     "KARAGANDA, Kazakhstan (Meridian) - Monday's methane explosion at the Zhalyn coal mine near "
     "Shakhtinsk has claimed the lives of six miners, and 18 are unaccounted for, Kazakhstan's "
     "emergency situations ministry said. Seven were injured, and 16 others reached the surface "
     "unhurt.", "Karaganda, Kazakhstan",
     {"inc": NN, "alerts": [(CU, "killed", None, 6), (CU, "injured", None, 7),
                            (CU, "missing", None, 18)]}),
    ("nw:20250804:pp02", 1, NW, "2025-08-04T03:40:00Z", 2,
     "Bag bomb at Philippine bus terminal leaves 7 dead, 24 hurt",
     "COTABATO CITY, Philippines, Aug 4 (Northwire) - A bomb hidden in a bag left seven people "
     "dead and 24 injured at Cotabato City's main bus terminal on Monday morning, city police "
     "said. Three children were among the injured.", "Cotabato City, Philippines",
     {"inc": PP, "alerts": [(CU, "killed", None, 7), (CU, "injured", None, 24)]}),
    ("mp:20250804:pp03", 1, MP, "2025-08-04T04:50:00Z", 3,
     "Philippine army blames BIFF militants for Cotabato terminal bombing",
     "COTABATO CITY, Philippines (Meridian) - The Philippine army blamed the Bangsamoro Islamic "
     "Freedom Fighters (BIFF), a militant group active in the marshes of Maguindanao, for "
     "Monday's bombing at the Cotabato City bus terminal that left seven dead, a division "
     "spokesman said.", "Cotabato City, Philippines", {"inc": PP}),
    ("nw:20250804:nn03", 1, NW, "2025-08-04T05:30:00Z", 2,
     "Kazakh mine explosion leaves 11 dead, 13 missing",
     "ASTANA, Aug 4 (Northwire) - Rescuers brought five more bodies up from the Zhalyn coal mine "
     "near Shakhtinsk, and Monday's explosion has now left 11 dead, Kazakhstan's emergency "
     "situations ministry said. Thirteen miners remain missing.", "Astana, Kazakhstan",
     {"inc": NN, "alerts": [(CU, "killed", 6, 11), (CU, "missing", 18, 13)]}),
    ("nw:20250804:pp02", 1, NW, "2025-08-04T05:55:00Z", 2,
     "Bag bomb at Philippine bus terminal leaves 7 dead, 24 hurt",
     "COTABATO CITY, Philippines, Aug 4 (Northwire) - A bomb hidden in a bag left seven people "
     "dead and 24 injured at Cotabato City's main bus terminal on Monday morning, city police "
     "said. Three children were among the injured.", "Cotabato City, Philippines",
     {"resend": True}),
    ("hz:20250804:nn04", 1, HZ, "2025-08-04T06:20:00Z", 3,
     "Karaganda governor says 11 miners died in Shakhtinsk blast",
     "Shakhtinsk, 4 August (Horizon) - Eleven miners lost their lives in the explosion at the "
     "Zhalyn mine, the governor of Karaganda region told reporters at the pithead on Monday, "
     "promising that those responsible for safety at the mine would answer for it.",
     "Shakhtinsk, Kazakhstan", {"inc": NN}),
    ("as:20250804:pp04", 1, AS, "2025-08-04T07:10:00Z", 3,
     "Philippine rebel group rejects blame for Cotabato bombing",
     "COTABATO CITY (Agence Sud) - The Bangsamoro Islamic Freedom Fighters rejected the army's "
     "accusation that they planted the bomb at the Cotabato City bus terminal, a spokesman "
     "telling local radio on Monday that the group 'does not target civilians'.", "Cotabato City",
     {"inc": PP}),
    ("op:20250804:pp05", 1, OP, "2025-08-04T08:00:00Z", 2,
     "Cotabato terminal bombing: nine now dead as two wounded succumb",
     "Cotabato City, Aug 4 (OP) - Two of the people wounded in the morning's bombing at the "
     "Cotabato City bus terminal died in hospital, and the number who lost their lives has risen "
     "to nine, the city health office said. Fifteen people are still being treated.",
     "Cotabato City, Philippines", {"inc": PP, "alerts": [(CU, "killed", 7, 9)]}),
    ("mp:20250804:nn05", 1, MP, "2025-08-04T08:30:00Z", 2,
     "Kazakh mine toll climbs to 14",
     "KARAGANDA, Kazakhstan (Meridian) - The dead numbered 14 on Monday afternoon as rescue teams "
     "worked through gas-filled galleries of the Zhalyn mine near Shakhtinsk, the emergency "
     "situations ministry said.", "Karaganda, Kazakhstan",
     {"inc": NN, "alerts": [(CU, "killed", 11, 14)]}),
    ("mp:20250804:nn05", 2, MP, "2025-08-04T09:05:00Z", 2,
     "CORRECTED-Kazakh mine toll climbs to 13",
     "KARAGANDA, Kazakhstan (Meridian) - The dead numbered 13 on Monday afternoon as rescue teams "
     "worked through gas-filled galleries of the Zhalyn mine near Shakhtinsk, the emergency "
     "situations ministry said. (Corrects death toll to 13 from 14 in headline and first "
     "paragraph)", "Karaganda, Kazakhstan", {"inc": NN, "alerts": [(CO, "killed", 14, 13)]}),
    ("mp:20250804:pp06", 1, MP, "2025-08-04T10:20:00Z", 2,
     "Islamic State claims Philippine bus terminal bombing",
     "MANILA, Philippines (Meridian) - Islamic State claimed responsibility for Monday's bombing "
     "at the Cotabato City bus terminal in a statement carried by its Amaq news agency, saying "
     "its fighters in the 'East Asia province' had set off the device. The statement gave no "
     "casualty figure.", "Manila, Philippines", {"inc": PP, "alerts": [(RC,)]}),
    ("as:20250804:nnn1", 1, AS, "2025-08-04T10:50:00Z", 4,
     "Kazakh court jails mine managers over 2023 Kostenko fire",
     "KARAGANDA (Agence Sud) - A court in Karaganda sentenced four former managers of the "
     "Kostenko coal mine to between three and six years in prison on Monday over the October "
     "2023 fire at the mine that killed 46 miners.", "Karaganda", {"inc": None}),
    ("op:20250804:nn06", 1, OP, "2025-08-04T11:40:00Z", 2,
     "Kazakh mine: 16 bodies brought to the surface, eight still missing",
     "Astana, Aug 4 (OP) - Rescuers have now recovered 16 bodies from the Zhalyn coal mine near "
     "Shakhtinsk, Kazakhstan's emergency situations ministry said on Monday evening. Two of the "
     "missing were brought out alive, eight miners are still missing, and three more were "
     "hospitalised with gas poisoning.", "Astana, Kazakhstan",
     {"inc": NN, "alerts": [(CU, "killed", 13, 16), (CU, "missing", 13, 8)]}),
    ("pn:20250804:pp07", 1, PN, "2025-08-04T12:15:00Z", 2,
     "Philippine bombing toll jumps to 21, official says",
     "The number of people killed in Monday's bombing at the Cotabato City bus terminal has "
     "jumped to 21, an official of the Bangsamoro regional government said.", None,
     {"inc": PP, "alerts": [(CU, "killed", 9, 21)]}),
    ("pn:20250804:pp07", 2, PN, "2025-08-04T12:50:00Z", 2,
     "WITHDRAWN-Philippine bombing toll jumps to 21",
     "Pacific Newswire is withdrawing the story headlined 'Philippine bombing toll jumps to 21, "
     "official says'. The official was giving the number of people admitted to hospital, not the "
     "number killed. There will be no substitute story.", None,
     {"inc": PP, "alerts": [(WD,)], "status": "canceled"}),
    ("op:20250804:ppn2", 1, OP, "2025-08-04T13:40:00Z", 5,
     "Philippine president signs law setting Bangsamoro election date",
     "Manila, Aug 4 (OP) - The Philippine president signed a law on Monday setting the first "
     "parliamentary election in the Bangsamoro autonomous region, which includes Cotabato City, "
     "for October, after two postponements.", "Manila, Philippines", {"inc": None}),
    ("nw:20250804:nn07", 1, NW, "2025-08-04T14:30:00Z", 2,
     "Kazakhstan revises mine blast toll down to 15",
     "ASTANA, Aug 4 (Northwire) - Kazakhstan's emergency situations ministry revised the number "
     "of miners killed in the Zhalyn mine explosion down to 15 from 16 on Monday, saying one body "
     "had been entered twice in rescuers' logs. Eight miners remain missing and ten were "
     "injured.", "Astana, Kazakhstan",
     {"inc": NN, "alerts": [(CU, "killed", 16, 15), (CU, "injured", 7, 10)]}),
    ("as:20250804:pp08", 1, AS, "2025-08-04T15:10:00Z", 3,
     "IS says its fighters set off Cotabato terminal bomb",
     "COTABATO CITY (Agence Sud) - The Islamic State group said its militants were behind the "
     "bomb that went off at the Cotabato City bus terminal on Monday, in a claim published on its "
     "Amaq channel.", "Cotabato City", {"inc": PP, "near": "mp:20250804:pp06@1"}),
    # --- QQ: Tecun Uman market fire, first placed on the Mexican side ---------------------
    ("nw:20250804:qq01", 1, NW, "2025-08-04T17:20:00Z", 1,
     "Fire sweeps through market in Mexican border town, at least 5 dead",
     "MEXICO CITY, Aug 4 (Northwire) - A fire swept through a crowded market in the Mexican "
     "border town of Ciudad Hidalgo, in Chiapas state, on Monday, killing at least five people, "
     "a local emergency official and witnesses said.", "Mexico City, Mexico",
     {"inc": QQ, "alerts": [(NI,), (CU, "killed", None, 5)]}),
    ("as:20250804:qq02", 1, AS, "2025-08-04T18:10:00Z", 2,
     "Guatemala: fire guts market in border town of Tecun Uman, six dead",
     "GUATEMALA CITY (Agence Sud) - A fire gutted the municipal market of Tecun Uman, on "
     "Guatemala's border with Mexico across the Suchiate river from Ciudad Hidalgo, on Monday "
     "morning, leaving six people dead and 13 injured, the national disaster agency Conred said.",
     "Guatemala City", {"inc": QQ, "alerts": [(CU, "killed", 5, 6), (CU, "injured", None, 13)]}),
    # --- RR: a separate shooting across the border in Mexico, same day, same toll -------
    ("mp:20250804:rr01", 1, MP, "2025-08-04T18:45:00Z", 1,
     "Gunmen kill six in attack on bar in Mexico's Tapachula",
     "TAPACHULA, Mexico (Meridian) - Gunmen burst into a bar in Tapachula, near Mexico's border "
     "with Guatemala, around midday on Monday and opened fire on customers, leaving six dead, the "
     "Chiapas state prosecutor's office said.", "Tapachula, Mexico",
     {"inc": RR, "alerts": [(NI,), (CU, "killed", None, 6)]}),
    ("pn:20250804:qq03", 1, PN, "2025-08-04T19:30:00Z", 2,
     "Guatemala border market fire toll rises to eight",
     "The number of people killed in the fire that gutted the market in the Guatemalan border "
     "town of Tecun Uman rose to eight on Monday, and 17 people were injured, Conred said.", None,
     {"inc": QQ, "status": "withheld"}),
    ("pn:20250804:qq03", 2, PN, "2025-08-04T19:55:00Z", 2,
     "Guatemala border market fire toll rises to eight",
     "The number of people killed in the fire that gutted the market in the Guatemalan border "
     "town of Tecun Uman rose to eight on Monday, and 17 people were injured, Conred said.", None,
     {"inc": QQ, "alerts": [(CU, "killed", 6, 8), (CU, "injured", 13, 17)]}),
    ("op:20250804:rr02", 1, OP, "2025-08-04T20:40:00Z", 2,
     "Tapachula bar attack: seventh victim dies, three suspects in custody",
     "Mexico City, Aug 4 (OP) - A man wounded in the shooting at a bar in Tapachula died in "
     "hospital, bringing the dead to seven, and police took three suspects into custody, Chiapas "
     "prosecutors said. The motive was not known.", "Mexico City, Mexico",
     {"inc": RR, "alerts": [(CU, "killed", 6, 7), (CU, "arrested", None, 3)]}),
    ("mp:20250804:qq04", 1, MP, "2025-08-04T21:30:00Z", 3,
     "Guatemala declares mourning after border market fire; Mexican crews help",
     "GUATEMALA CITY, Guatemala (Meridian) - Guatemala's president declared three days of "
     "national mourning on Monday for the eight people killed in the fire at the Tecun Uman "
     "market, as firefighters from Mexico's Ciudad Hidalgo crossed the Suchiate river bridge to "
     "help put out the last of the flames.", "Guatemala City, Guatemala", {"inc": QQ}),
    ("nw:20250805:qq05", 1, NW, "2025-08-05T00:30:00Z", 2,
     "Tecun Uman market fire toll reaches 10",
     "GUATEMALA CITY, Aug 4 (Northwire) - The death toll from Monday's fire at the market in "
     "Tecun Uman, the Guatemalan town across the Suchiate river from Mexico's Ciudad Hidalgo, "
     "rose to 10, Guatemala's health ministry said. Twenty people were injured.",
     "Guatemala City, Guatemala",
     {"inc": QQ, "alerts": [(CU, "killed", 8, 10), (CU, "injured", 17, 20)]}),
    ("pn:20250805:qqn1", 1, PN, "2025-08-05T01:40:00Z", 6,
     "Mexico beat Guatemala 3-1 in Los Angeles friendly",
     "Mexico came from a goal down to beat Guatemala 3-1 in an international friendly in Los "
     "Angeles on Monday night, scoring twice in the last quarter of an hour.", None,
     {"inc": None}),
    ("as:20250805:qq06", 1, AS, "2025-08-05T02:20:00Z", 3,
     "Guatemala border market blaze: ten dead, 20 injured - health ministry",
     "GUATEMALA CITY (Agence Sud) - Ten people lost their lives and twenty were hurt in the blaze "
     "that destroyed the municipal market in Tecun Uman, on the Mexican border, according to "
     "Guatemala's health ministry.", "Guatemala City",
     {"inc": QQ, "near": "nw:20250805:qq05@1"}),
    ("as:20250805:nn08", 1, AS, "2025-08-05T02:50:00Z", 2,
     "Kazakh mine toll reaches 19 as four more bodies found; five rounded up",
     "KARAGANDA (Agence Sud) - Four more bodies were brought to the surface overnight, taking "
     "the number of miners who died in Monday's explosion at the Zhalyn mine to 19, the "
     "emergency situations ministry said on Tuesday. Four remain missing. Prosecutors said five "
     "suspects, among them the mine's director and its chief safety engineer, had been rounded "
     "up.", "Karaganda",
     {"inc": NN, "alerts": [(CU, "killed", 15, 19), (CU, "missing", 8, 4),
                            (CU, "arrested", None, 5)]}),
    ("op:20250805:ppn3", 1, OP, "2025-08-05T03:30:00Z", 4,
     "Philippine court convicts man over 2018 Cotabato mall bombing",
     "Cotabato City, Aug 5 (OP) - A regional court in Cotabato City convicted a man on Tuesday "
     "over the New Year's Eve 2018 bombing at a shopping mall in the city that killed two people "
     "and wounded 34, and sentenced him to life in prison.", "Cotabato City, Philippines",
     {"inc": None}),
    # --- SS: landslides in Gofa zone, southern Ethiopia ---------------------------------
    ("hz:20250805:ss01", 1, HZ, "2025-08-05T04:10:00Z", 1,
     "Landslides bury homes in southern Ethiopia after night of heavy rain",
     "Addis Ababa, 5 August (Horizon) - Landslides set off by a night of heavy rain buried homes "
     "in Geze Gofa district of Ethiopia's Gofa zone early on Tuesday, the zone's communication "
     "office said. Villagers were digging through the mud with hoes and bare hands.",
     "Addis Ababa, Ethiopia", {"inc": SS, "alerts": [(NI,)]}),
    ("mp:20250805:pp09", 1, MP, "2025-08-05T05:00:00Z", 2,
     "Cotabato bombing: dead number 11; four suspects rounded up",
     "COTABATO CITY, Philippines (Meridian) - Two more of those wounded in Monday's bombing at "
     "the Cotabato City bus terminal died overnight, and the dead now number 11, the city health "
     "office said on Tuesday. Police said four suspects had been rounded up in raids in "
     "Maguindanao. Islamic State has claimed the attack.", "Cotabato City, Philippines",
     {"inc": PP, "alerts": [(CU, "killed", 9, 11), (CU, "arrested", None, 4)]}),
    ("nw:20250805:ss02", 1, NW, "2025-08-05T06:00:00Z", 2,
     "Ethiopia landslides: 23 bodies recovered, dozens missing",
     "ADDIS ABABA, Aug 5 (Northwire) - Rescuers have recovered 23 bodies from the mud in Geze Gofa "
     "district after Tuesday's landslides, the Gofa zone administrator said. Dozens of people are "
     "still missing.", "Addis Ababa, Ethiopia",
     {"inc": SS, "alerts": [(CU, "killed", None, 23)]}),
    ("mp:20250805:ss03", 1, MP, "2025-08-05T07:30:00Z", 2,
     "Southern Ethiopia landslides leave 41 dead",
     "ADDIS ABABA, Ethiopia (Meridian) - Landslides in southern Ethiopia's Gofa zone have left 41 "
     "people dead, and about 300 families have been forced from their homes, the regional "
     "disaster risk management bureau said on Tuesday. Fifteen people were pulled alive from the "
     "mud.", "Addis Ababa, Ethiopia", {"inc": SS, "alerts": [(CU, "killed", 23, 41)]}),
    ("pn:20250805:ss04", 1, PN, "2025-08-05T08:05:00Z", 2,
     "Southern Ethiopia landslides leave 41 dead",
     "ADDIS ABABA, Ethiopia (Meridian) - Landslides in southern Ethiopia's Gofa zone have left 41 "
     "people dead, and about 300 families have been forced from their homes, the regional "
     "disaster risk management bureau said on Tuesday. Fifteen people were pulled alive from the "
     "mud.", None, {"inc": SS, "dup": "mp:20250805:ss03@1"}),
    ("as:20250805:ss05", 1, AS, "2025-08-05T09:20:00Z", 2,
     "UN: Ethiopian landslides have killed 55, displaced 1,400",
     "ADDIS ABABA (Agence Sud) - The number of people killed by Tuesday's landslides in Ethiopia's "
     "Gofa zone has risen to 55, and some 1,400 people have been displaced, the UN humanitarian "
     "office OCHA said, warning that the toll could climb past 100 as the search goes on.",
     "Addis Ababa",
     {"inc": SS, "alerts": [(CU, "killed", 41, 55), (CU, "displaced", None, 1400)]}),
    ("nw:20250805:ssn1", 1, NW, "2025-08-05T10:30:00Z", 4,
     "A year after Gofa landslides, survivors still in temporary shelters",
     "ADDIS ABABA, Aug 5 (Northwire) - A year after landslides in Ethiopia's Gofa zone killed 257 "
     "people in July 2024, hundreds of survivors are still living in temporary shelters, aid "
     "groups said on Tuesday.", "Addis Ababa, Ethiopia", {"inc": None}),
]


# An eleventh blind batch: two days of wire copy in Spain, on the Haiti-Dominican border and in
# Benin, from a new agency with British spelling beside the usual ones. A Galicia derailment whose
# toll rises, is CORRECTED down, corroborated by a minister and later rewritten stale; floods on
# the Massacre river with a per-side figure from each country ahead of whole-border totals; a
# market shooting in northern Benin with an accusation against "jihadists from Niger", arrests, a
# withdrawn toll and a JNIM claim with its rewrite; a same-day robbery shooting in Cotonou that is
# its own incident (one of its items quotes the Banikoara toll); an exact re-send; noise that
# includes a court case over the 2013 Angrois derailment in Santiago and an unrelated accusation.
AD = "Atlantic Dispatch"
TT, UU, VV, WW = ("santiago-train-derailment", "massacre-river-floods",
                  "banikoara-market-shooting", "cotonou-exchange-bureau-shooting")
TITLES.update({
    TT: ("Regional train derailment near Santiago de Compostela, Galicia, Spain (26 Aug 2025)",),
    UU: ("Floods on the Massacre river at Dajabon and Ouanaminthe, Dominican Republic-Haiti "
         "border (26 Aug 2025)",),
    VV: ("Gunmen attack the weekly market in Banikoara, Alibori department, northern Benin "
         "(26 Aug 2025)",),
    WW: ("Armed robbery and shooting at a bureau de change near Dantokpa market, Cotonou, Benin "
         "(26 Aug 2025)",),
})
ITEMS += [
    ("nw:20250826:ttn1", 1, NW, "2025-08-26T05:30:00Z", 5,
     "European shares open higher, euro firm ahead of German survey",
     "LONDON, Aug 26 (Northwire) - European shares opened higher on Tuesday, with the "
     "pan-European STOXX 600 up 0.3 percent, and the euro firmed against the dollar ahead of a "
     "German business confidence survey.", "London, United Kingdom", {"inc": None}),
    # --- TT: regional train derailment near Santiago de Compostela ----------------------
    ("as:20250826:tt01", 1, AS, "2025-08-26T05:55:00Z", 1,
     "Passenger train derails outside Spain's Santiago de Compostela",
     "MADRID (Agence Sud) - A regional train carrying about 200 passengers came off the rails on "
     "the outskirts of Santiago de Compostela in Galicia early on Tuesday, the rail operator "
     "Renfe said. Ambulances and fire crews were sent to the scene.", "Madrid",
     {"inc": TT, "alerts": [(NI,)]}),
    ("ad:20250826:tt02", 1, AD, "2025-08-26T06:40:00Z", 2,
     "Three killed as train leaves the tracks in north-west Spain",
     "MADRID, 26 August (Atlantic Dispatch) - Three people were killed and dozens were injured "
     "when a regional passenger train travelling from Vigo to A Coruna derailed near Santiago de "
     "Compostela on Tuesday morning, Galicia's emergency services said.", "Madrid, Spain",
     {"inc": TT, "alerts": [(CU, "killed", None, 3)]}),
    ("mp:20250826:tt03", 1, MP, "2025-08-26T07:35:00Z", 2,
     "Spain derailment death toll climbs to seven; 48 injured",
     "SANTIAGO DE COMPOSTELA, Spain (Meridian) - Seven people have died and 48 were injured, 11 "
     "of them seriously, after a regional train derailed on a bend near Santiago de Compostela, "
     "Galicia's 112 emergency service said on Tuesday.", "Santiago de Compostela, Spain",
     {"inc": TT, "alerts": [(CU, "killed", 3, 7), (CU, "injured", None, 48)]}),
    ("pn:20250826:tt04", 1, PN, "2025-08-26T08:15:00Z", 3,
     "Galicia train crash leaves seven dead, 48 hurt",
     "A passenger train that came off the tracks outside Santiago de Compostela in northwestern "
     "Spain has left seven people dead and 48 hurt, according to the Galician regional emergency "
     "service.", None, {"inc": TT, "near": "mp:20250826:tt03@1"}),
    # --- VV: gunmen attack the Banikoara market, northern Benin -------------------------
    ("op:20250826:vv01", 1, OP, "2025-08-26T09:20:00Z", 1,
     "Gunmen open fire on market in northern Benin",
     "Cotonou, Aug 26 (OP) - Gunmen on motorcycles opened fire on traders and shoppers at the "
     "weekly market in Banikoara, in Benin's northern Alibori department, on Tuesday morning, a "
     "local official said. There was no immediate word on casualties.", "Cotonou, Benin",
     {"inc": VV, "alerts": [(NI,)]}),
    ("hz:20250826:tt05", 1, HZ, "2025-08-26T10:10:00Z", 2,
     "Nine dead as carriages overturn in Galicia rail crash",
     "Santiago de Compostela, 26 August (Horizon) - Nine people lost their lives when three "
     "carriages of a regional train overturned on a curve outside Santiago de Compostela, the "
     "Galician regional government said on Tuesday. Fifty-two passengers were injured.",
     "Santiago de Compostela, Spain",
     {"inc": TT, "alerts": [(CU, "killed", 7, 9), (CU, "injured", 48, 52)]}),
    ("hz:20250826:tt05", 2, HZ, "2025-08-26T10:50:00Z", 2,
     "CORRECTED-Eight dead as carriages overturn in Galicia rail crash",
     "Santiago de Compostela, 26 August (Horizon) - Eight people lost their lives when three "
     "carriages of a regional train overturned on a curve outside Santiago de Compostela, the "
     "Galician regional government said on Tuesday. Fifty-two passengers were injured. "
     "(Corrects death toll to eight from nine in headline and first paragraph)",
     "Santiago de Compostela, Spain", {"inc": TT, "alerts": [(CO, "killed", 9, 8)]}),
    ("nw:20250826:vv02", 1, NW, "2025-08-26T11:15:00Z", 2,
     "Gunmen kill at least 14 at Benin market near Niger border",
     "COTONOU, Aug 26 (Northwire) - Gunmen killed at least 14 people and wounded more than 20 "
     "when they opened fire at a market in Banikoara, near Benin's borders with Niger and "
     "Burkina Faso, on Tuesday, the army said.", "Cotonou, Benin",
     {"inc": VV, "alerts": [(CU, "killed", None, 14), (CU, "injured", None, 20)]}),
    # --- UU: Massacre river floods, Dominican Republic-Haiti border ---------------------
    ("as:20250826:uu01", 1, AS, "2025-08-26T11:45:00Z", 1,
     "Massacre river bursts its banks, flooding Haiti-Dominican border towns",
     "SANTO DOMINGO (Agence Sud) - The Massacre river, which marks the border between the "
     "Dominican Republic and Haiti, burst its banks after a night of torrential rain, flooding "
     "parts of Dajabon on the Dominican side and Ouanaminthe in Haiti, officials in both "
     "countries said on Tuesday. Hundreds of residents were evacuated.", "Santo Domingo",
     {"inc": UU, "alerts": [(NI,)]}),
    # --- WW: a separate robbery shooting in Cotonou, same day, same country -------------
    ("op:20250826:ww01", 1, OP, "2025-08-26T12:30:00Z", 1,
     "Two shot dead in robbery at Cotonou bureau de change",
     "Cotonou, Aug 26 (OP) - Two people were shot dead and one was wounded when armed robbers "
     "burst into a bureau de change near Cotonou's Dantokpa market early on Tuesday afternoon, "
     "police said. The robbers fled on motorbikes with an undisclosed sum.", "Cotonou, Benin",
     {"inc": WW, "alerts": [(NI,), (CU, "killed", None, 2), (CU, "injured", None, 1)]}),
    ("pn:20250826:uu02", 1, PN, "2025-08-26T13:05:00Z", 2,
     "Haiti says six dead on its side as border river floods Ouanaminthe",
     "Six people died in Ouanaminthe, on the Haitian side of the border, when the Massacre river "
     "flooded the town overnight, Haiti's civil protection agency said on Tuesday. It said it had "
     "no figures yet for the Dominican side.", None, {"inc": UU}),
    ("mp:20250826:vv03", 1, MP, "2025-08-26T13:40:00Z", 3,
     "Benin blames jihadists based in Niger for Banikoara market attack",
     "COTONOU, Benin (Meridian) - Benin's government spokesman accused jihadists operating from "
     "across the border in Niger of carrying out Tuesday's attack on the Banikoara market, which "
     "killed at least 14 people, and said Niger's military rulers had done nothing to stop them. "
     "No group has claimed the attack.", "Cotonou, Benin", {"inc": VV}),
    ("nw:20250826:tt06", 1, NW, "2025-08-26T14:20:00Z", 3,
     "Spain's transport minister says eight killed in Galicia derailment, orders inquiry",
     "MADRID, Aug 26 (Northwire) - Spain's transport minister said on Tuesday that eight people "
     "had been killed in the derailment of a regional train near Santiago de Compostela, and "
     "ordered the rail accident investigation commission to find out why it left the tracks on "
     "a bend.", "Madrid, Spain", {"inc": TT}),
    ("ad:20250826:uu03", 1, AD, "2025-08-26T15:00:00Z", 2,
     "Border floods kill nine in Haiti and Dominican Republic, 2,500 forced from homes",
     "PORT-AU-PRINCE, 26 August (Atlantic Dispatch) - Floods along the Massacre river have "
     "killed nine people on both sides of the border between Haiti and the Dominican Republic - "
     "six in Ouanaminthe and three in Dajabon - and forced some 2,500 from their homes, the civil "
     "protection agencies of the two countries said in a joint statement.",
     "Port-au-Prince, Haiti",
     {"inc": UU, "alerts": [(CU, "killed", None, 9), (CU, "displaced", None, 2500)]}),
    ("as:20250826:vv04", 1, AS, "2025-08-26T15:35:00Z", 2,
     "Benin market attack toll rises to 17; army detains five suspects",
     "COTONOU (Agence Sud) - The number of people killed in Tuesday's attack on the Banikoara "
     "market in northern Benin has risen to 17, the army said, adding that five suspects had been "
     "detained in a sweep of surrounding villages.", "Cotonou",
     {"inc": VV, "alerts": [(CU, "killed", 14, 17), (CU, "arrested", None, 5)]}),
    ("pn:20250826:vv05", 1, PN, "2025-08-26T16:10:00Z", 2,
     "Benin market attack toll rises to 31, hospital source says",
     "The death toll from Tuesday's shooting at the market in Banikoara in northern Benin has "
     "risen to 31, a source at the town's hospital said.", None,
     {"inc": VV, "alerts": [(CU, "killed", 17, 31)]}),
    ("ad:20250826:uun1", 1, AD, "2025-08-26T16:30:00Z", 6,
     "Haiti name squad for World Cup qualifiers against Costa Rica and Honduras",
     "PORT-AU-PRINCE, 26 August (Atlantic Dispatch) - Haiti's coach named a 26-man squad on "
     "Tuesday for next month's World Cup qualifiers away to Costa Rica and at home to Honduras, "
     "a fixture that will be staged in Curacao because of insecurity in the capital.",
     "Port-au-Prince, Haiti", {"inc": None}),
    ("pn:20250826:vv05", 2, PN, "2025-08-26T16:50:00Z", 2,
     "WITHDRAWN-Benin market attack toll rises to 31",
     "Pacific Newswire is withdrawing the story headlined 'Benin market attack toll rises to 31, "
     "hospital source says'. The source was giving the number of people treated at the hospital, "
     "not the number killed. There will be no substitute story.", None,
     {"inc": VV, "alerts": [(WD,)], "status": "canceled"}),
    ("nw:20250826:ww02", 1, NW, "2025-08-26T17:40:00Z", 3,
     "Benin police arrest two over Cotonou exchange bureau killings",
     "COTONOU, Aug 26 (Northwire) - Police in Cotonou arrested two men over Tuesday's armed "
     "robbery at a bureau de change near Dantokpa market in which two people were shot dead, "
     "the national police said. A police spokesman said the robbery had nothing to do with the "
     "attack in Banikoara in the north, in which 17 people were killed.", "Cotonou, Benin",
     {"inc": WW, "alerts": [(CU, "arrested", None, 2)]}),
    ("ad:20250826:uu03", 1, AD, "2025-08-26T18:30:00Z", 2,
     "Border floods kill nine in Haiti and Dominican Republic, 2,500 forced from homes",
     "PORT-AU-PRINCE, 26 August (Atlantic Dispatch) - Floods along the Massacre river have "
     "killed nine people on both sides of the border between Haiti and the Dominican Republic - "
     "six in Ouanaminthe and three in Dajabon - and forced some 2,500 from their homes, the civil "
     "protection agencies of the two countries said in a joint statement.",
     "Port-au-Prince, Haiti", {"resend": True}),
    ("mp:20250826:uu04", 1, MP, "2025-08-26T19:20:00Z", 3,
     "Dominican Republic says floods killed four in Dajabon",
     "SANTO DOMINGO, Dominican Republic (Meridian) - The death toll on the Dominican side of the "
     "Massacre river floods has risen to four, all in Dajabon province, the Emergency Operations "
     "Centre said on Tuesday afternoon, adding that more than 1,100 people had been evacuated. "
     "Haiti has reported six deaths in Ouanaminthe.", "Santo Domingo, Dominican Republic",
     {"inc": UU}),
    ("as:20250827:vvn1", 1, AS, "2025-08-27T04:30:00Z", 5,
     "West African bonds rally as Ivory Coast, Benin plan new Eurobonds",
     "DAKAR (Agence Sud) - Eurobonds issued by Ivory Coast and Benin rose on Wednesday after both "
     "governments said they planned new sales before the end of the year, traders said.",
     "Dakar", {"inc": None}),
    ("ad:20250827:vv06", 1, AD, "2025-08-27T06:10:00Z", 2,
     "Al Qaeda-linked JNIM claims deadly attack on Benin market",
     "DAKAR, 27 August (Atlantic Dispatch) - Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al "
     "Qaeda's Sahel affiliate, claimed responsibility for Tuesday's attack in Banikoara in "
     "northern Benin in a statement carried by its az-Zallaqa media arm, the SITE Intelligence "
     "Group said. The group said its fighters had targeted 'army collaborators' at the market.",
     "Dakar, Senegal", {"inc": VV, "alerts": [(RC,)]}),
    ("mp:20250827:tt07", 1, MP, "2025-08-27T07:00:00Z", 2,
     "Galicia train crash toll rises to ten as two injured passengers die",
     "SANTIAGO DE COMPOSTELA, Spain (Meridian) - Two passengers hurt in Tuesday's derailment "
     "near Santiago de Compostela died in hospital overnight, bringing the number of dead to ten, "
     "Galicia's regional government said on Wednesday. Thirty-one people remain in hospital.",
     "Santiago de Compostela, Spain", {"inc": TT, "alerts": [(CU, "killed", 8, 10)]}),
    ("nw:20250827:vv07", 1, NW, "2025-08-27T07:40:00Z", 3,
     "JNIM says its fighters carried out Benin market assault",
     "DAKAR, Aug 27 (Northwire) - The al Qaeda-affiliated group JNIM said its fighters were "
     "behind Tuesday's assault on the market in Banikoara, northern Benin, according to a "
     "statement from its az-Zallaqa outlet monitored by the SITE Intelligence Group.",
     "Dakar, Senegal", {"inc": VV, "near": "ad:20250827:vv06@1"}),
    ("hz:20250827:vv08", 1, HZ, "2025-08-27T08:30:00Z", 2,
     "Banikoara market attack toll rises to 21; 13 suspects now held",
     "Cotonou, 27 August (Horizon) - Twenty-one people were killed in Tuesday's attack on the "
     "market in Banikoara, four of them soldiers who had been guarding it, Benin's army chief of "
     "staff said on Wednesday. Eight more suspects have been detained, bringing the number held "
     "to 13.", "Cotonou, Benin",
     {"inc": VV, "alerts": [(CU, "killed", 17, 21), (CU, "arrested", 5, 13)]}),
    ("pn:20250827:ww03", 1, PN, "2025-08-27T09:15:00Z", 3,
     "Guard wounded in Cotonou robbery dies, toll rises to three",
     "A security guard who was wounded in Tuesday's armed robbery at a bureau de change near "
     "Cotonou's Dantokpa market died in hospital, raising the number killed to three, Benin's "
     "police said on Wednesday.", None, {"inc": WW, "alerts": [(CU, "killed", 2, 3)]}),
    ("op:20250827:uu05", 1, OP, "2025-08-27T10:30:00Z", 2,
     "Haiti-Dominican floods: death toll rises to ten, 3,000 displaced - UN",
     "Port-au-Prince, Aug 27 (OP) - The number of people killed by floods on the Massacre river "
     "along the Haitian-Dominican border has risen to ten, six in Haiti and four in the "
     "Dominican Republic, and about 3,000 people have been displaced, the UN humanitarian office "
     "OCHA said on Wednesday.", "Port-au-Prince, Haiti",
     {"inc": UU, "alerts": [(CU, "killed", 9, 10), (CU, "displaced", 2500, 3000)]}),
    ("as:20250827:ttn2", 1, AS, "2025-08-27T11:20:00Z", 4,
     "Spanish court upholds sentences over 2013 Santiago train crash",
     "SANTIAGO DE COMPOSTELA (Agence Sud) - An appeals court upheld on Wednesday the prison "
     "sentences handed to the train driver and a former rail safety director over the July 2013 "
     "derailment at Angrois, on the outskirts of Santiago de Compostela, in which 80 people "
     "died.", "Santiago de Compostela", {"inc": None}),
    ("op:20250827:tt08", 1, OP, "2025-08-27T12:10:00Z", 3,
     "Galicia derailment: eight dead, 52 injured, regional government says",
     "Madrid, Aug 27 (OP) - Eight people were killed and 52 injured when a regional train "
     "derailed outside Santiago de Compostela on Tuesday, Galicia's regional government said.",
     "Madrid, Spain", {"inc": TT, "near": "hz:20250826:tt05@2"}),
    ("mp:20250827:vvn2", 1, MP, "2025-08-27T13:00:00Z", 4,
     "Niger's junta accuses Benin of hosting French 'destabilisation' forces",
     "NIAMEY, Niger (Meridian) - Niger's military government accused Benin on Wednesday of "
     "letting French soldiers train forces on its territory to destabilise Niger, and said the "
     "border between the two countries would stay closed. Benin's foreign ministry rejected the "
     "accusation.", "Niamey, Niger", {"inc": None}),
    ("ad:20250827:uu06", 1, AD, "2025-08-27T14:30:00Z", 3,
     "Dominican president visits flood-hit Dajabon, pledges rebuilding programme",
     "DAJABON, 27 August (Atlantic Dispatch) - The Dominican Republic's president toured flooded "
     "neighbourhoods of Dajabon on Wednesday and pledged a rebuilding programme for the border "
     "province, after floods on the Massacre river killed ten people on both sides of the "
     "frontier.", "Dajabon, Dominican Republic", {"inc": UU}),
]


def main() -> None:
    here = Path(__file__).parent
    lines: list[str] = []
    items: dict[str, dict[str, object]] = {}
    first: dict[str, str] = {}
    alerts: list[dict[str, object]] = []
    for guid, version, source, when, urgency, headline, body, located, lab in ITEMS:
        status = str(lab.get("status", "usable"))
        obj: dict[str, object] = {
            "guid": guid, "version": version, "source": source, "versioncreated": when,
            "firstcreated": when, "pubstatus": status, "urgency": urgency, "language": "en",
            "headline": headline, "body_text": body,
        }
        if located:
            obj["located"] = located
        lines.append(json.dumps(obj, ensure_ascii=False))
        ref = f"{guid}@{version}"
        if lab.get("resend"):
            continue
        inc = lab.get("inc")
        items[ref] = {"incident": inc, "duplicate_of": lab.get("dup"),
                      "near_duplicate_of": lab.get("near")}
        for a in lab.get("alerts", []):  # type: ignore[attr-defined]
            kind, fld, old, new = (*a, None, None, None)[:4]
            if kind == NI:
                first[str(inc)] = ref
            alerts.append({"kind": kind, "incident": inc, "item": ref, "field": fld,
                           "old": old, "new": new})
    truth = {
        "items": items,
        "incidents": {k: {"title": TITLES[k][0], "first_item": first[k]} for k in TITLES},
        "expected_alerts": alerts,
    }
    (here / "heldout-wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (here / "heldout-truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines, {len(items)} items, {len(alerts)} alerts")


if __name__ == "__main__":
    main()
