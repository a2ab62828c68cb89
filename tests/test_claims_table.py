"""A table of sentences with the claims laylint must read in them: (figure text, value, drug,
outcome, verdict). Five made-up studies in five fields; every quantity form of the claims issue,
negatives (dates, doses, ages, counts), elliptical clauses, parenthesised figures, and percentages,
ratios and relative changes compared with the right kind of finding.

Each row: (study, text, expected), expected a list of (figure text, value, drug, outcome, verdict)
for every figure laylint finds, in order. ANY skips a field; value is in percent for percentage
forms and the ratio for ratios."""

import pytest
import yaml

from laylint import document as documents
from laylint.pipeline.linting import load_metadata
from laylint.analysis import Analysis
from laylint.claims import extract, mentions, token_span
from laylint.ruleset import load_ruleset

ANY = object()
RULESET = load_ruleset([])

STUDIES = {
    "cardio": {
        "design": "randomized-trial", "participants": 18201,
        "drugs": {"atorvastatin": ["statin", "Lipitor"], "placebo": ["dummy pill"], "apixaban": ["Eliquis"], "warfarin": []},
        "outcomes": {"myocardial infarction": [], "stroke": [], "muscle aches": [], "major bleeding": [],
                     "cardiovascular death": []},
        "findings": [
            {"drug": "atorvastatin", "outcome": "myocardial infarction", "value": "4%", "ci": ["3%", "5%"]},
            {"drug": "placebo", "outcome": "myocardial infarction", "value": "6%", "ci": ["5%", "7%"]},
            {"drug": "atorvastatin", "outcome": "myocardial infarction", "value": 0.64, "measure": "risk-ratio", "ci": [0.5, 0.8]},
            {"drug": "atorvastatin", "outcome": "muscle aches", "value": "29%"},
            {"drug": "placebo", "outcome": "muscle aches", "value": "31%"},
            {"drug": "apixaban", "outcome": "stroke", "value": 0.79, "measure": "hazard-ratio", "ci": [0.66, 0.95], "comparator": "warfarin"},
            {"drug": "apixaban", "outcome": "major bleeding", "value": "31%", "measure": "relative-reduction", "comparator": "warfarin"},
            {"drug": "apixaban", "outcome": "major bleeding", "value": "2.1%"},
            {"drug": "warfarin", "outcome": "major bleeding", "value": "3.1%"},
        ]},
    "oncology": {
        "design": "randomized-trial", "participants": 305,
        "drugs": {"pembrolizumab": ["Keytruda"], "chemotherapy": ["chemo"]},
        "outcomes": {"overall survival": ["survival", "die", "death", "alive"],
                     "tumour response": ["tumours shrank", "tumours shrink", "tumour shrinkage"],
                     "serious side effects": ["severe side effects"], "neutropenia": []},
        "findings": [
            {"drug": "pembrolizumab", "outcome": "overall survival", "value": 0.63, "measure": "hazard-ratio", "ci": [0.47, 0.86], "comparator": "chemotherapy"},
            {"drug": "pembrolizumab", "outcome": "overall survival", "value": "70%"},
            {"drug": "pembrolizumab", "outcome": "tumour response", "value": "45%", "ci": ["38%", "52%"]},
            {"drug": "chemotherapy", "outcome": "tumour response", "value": "28%"},
            {"drug": "pembrolizumab", "outcome": "serious side effects", "value": "27%"},
            {"drug": "chemotherapy", "outcome": "serious side effects", "value": "53%"},
            {"drug": "chemotherapy", "outcome": "neutropenia", "value": "13.3%"},
        ]},
    "neuro": {
        "design": "randomized-trial", "participants": 2928, "studies": 4,
        "drugs": {"erenumab": ["Aimovig"], "placebo": ["dummy injection"], "topiramate": ["Topamax"]},
        "outcomes": {"migraine": ["migraines", "migraine days"], "constipation": [],
                     "injection-site reaction": ["injection site reactions"], "tingling": ["pins and needles"]},
        "findings": [
            {"drug": "erenumab", "outcome": "migraine", "value": "50%"},
            {"drug": "placebo", "outcome": "migraine", "value": "27%"},
            {"drug": "erenumab", "outcome": "migraine", "value": 1.9, "measure": "mean-difference"},
            {"drug": "erenumab", "outcome": "migraine", "value": 2.7, "measure": "odds-ratio", "ci": [2.1, 3.4]},
            {"drug": "erenumab", "outcome": "constipation", "value": "3%"},
            {"drug": "erenumab", "outcome": "injection-site reaction", "value": "6%"},
            {"drug": "topiramate", "outcome": "tingling", "value": "51%"},
            {"drug": "topiramate", "outcome": "migraine", "value": "45%"},
        ]},
    "ms": {
        "design": "meta-analysis", "observational": True, "participants": 14548, "studies": 55,
        "drugs": {"rituximab": ["Rituxan", "MabThera"], "ocrelizumab": ["Ocrevus"], "ofatumumab": ["Kesimpta"]},
        "outcomes": {"hypogammaglobulinemia": ["low antibody levels", "low immune levels"],
                     "any infection": ["infections of any kind", "infections"],
                     "genito-urinary infection": ["urinary infections", "urinary tract infections", "UTI"],
                     "serious infection": ["serious infections"], "respiratory infection": ["lung infections", "chest infections"]},
        "findings": [
            {"drug": "rituximab", "outcome": "hypogammaglobulinemia", "value": "11%", "ci": ["8%", "15%"]},
            {"drug": "rituximab", "outcome": "any infection", "value": "25%", "ci": ["18%", "32%"]},
            {"drug": "rituximab", "outcome": "genito-urinary infection", "value": "9%", "ci": ["5%", "12%"]},
            {"drug": "ocrelizumab", "outcome": "serious infection", "value": "6%", "ci": ["3%", "9%"]},
            {"drug": "ocrelizumab", "outcome": "respiratory infection", "value": "12%", "ci": ["7%", "17%"]},
        ]},
    "otitis": {
        "design": "systematic-review", "participants": 3401,
        "drugs": {"amoxicillin": ["antibiotics", "antibiotic"], "placebo": ["dummy medicine"]},
        "outcomes": {"otitis media": ["ear infection", "ear infections"], "ear pain": ["earache"], "diarrhoea": [], "rash": []},
        "findings": [
            {"outcome": "otitis media", "population": "children under three", "value": "80%"},
            {"drug": "amoxicillin", "outcome": "ear pain", "value": 0.70, "measure": "risk-ratio", "ci": [0.57, 0.86], "comparator": "placebo"},
            {"drug": "placebo", "outcome": "ear pain", "value": "14%"},
            {"drug": "amoxicillin", "outcome": "ear pain", "value": "10%"},
            {"drug": "amoxicillin", "outcome": "diarrhoea", "value": "10%"},
            {"drug": "placebo", "outcome": "diarrhoea", "value": "5%"},
            {"drug": "amoxicillin", "outcome": "rash", "value": "4%"},
            {"drug": "amoxicillin", "measure": "count", "value": 13, "population": "trials"},
        ]},
    "mental": {
        "design": "meta-analysis", "participants": 1200, "studies": 9,
        "drugs": {"sertraline": ["Zoloft"], "placebo": ["sugar pill"], "cognitive behavioural therapy": ["CBT", "talking therapy"]},
        "outcomes": {"remission": ["recovered", "recovery", "got better"], "depression": [], "nausea": ["felt sick"],
                     "suicidal thoughts": []},
        "findings": [
            {"drug": "sertraline", "outcome": "remission", "value": "35%", "ci": ["30%", "40%"]},
            {"drug": "placebo", "outcome": "remission", "value": "25%"},
            {"drug": "sertraline", "outcome": "remission", "value": 1.6, "measure": "odds-ratio", "ci": [1.2, 2.1]},
            {"drug": "sertraline", "outcome": "nausea", "value": "20%"},
            {"drug": "placebo", "outcome": "nausea", "value": "8%"},
            {"drug": "cognitive behavioural therapy", "outcome": "remission", "value": "40%"},
            {"outcome": "depression", "population": "adults", "value": "5%"},
        ]},
}

MI, BLEED, ACHES = "myocardial infarction", "major bleeding", "muscle aches"
OS, RESP, SSE = "overall survival", "tumour response", "serious side effects"
HYPO, ANY_INF, GU, SER, RES = "hypogammaglobulinemia", "any infection", "genito-urinary infection", "serious infection", "respiratory infection"
V, WP, NM, UN, UA, CT = "verified", "wrong-pair", "number-mismatch", "unsupported-number", "unattached", "count"
NOT_A_CLAIM = (ANY, ANY, ANY, UA)  # what a date or dose is attached to does not matter

ROWS = [
    # --- cardiology: percentages, arms, ratios, relative changes --------------------------------
    ("cardio", "About 4% of people on atorvastatin had a heart attack.", [("About 4%", 4, "atorvastatin", MI, V)]),
    ("cardio", "Heart attacks affected 6% of people on the dummy pill.", [("6%", 6, "placebo", MI, V)]),
    ("cardio", "Heart attacks affected 6% of people on the statin.", [("6%", 6, "atorvastatin", MI, WP)]),
    ("cardio", "4 percent of people taking Lipitor had a heart attack, compared with 6 percent of those on placebo.",
     [("4 percent", 4, "atorvastatin", MI, V), ("6 percent", 6, "placebo", MI, V)]),
    ("cardio", "The statin lowered the risk of a heart attack by about a third.", [("about a third", ANY, "atorvastatin", MI, V)]),
    ("cardio", "People on atorvastatin were 36% less likely to have a heart attack than people on the dummy pill.",
     [("36% less", 36, "atorvastatin", MI, V)]),
    ("cardio", "People on atorvastatin were 46% less likely to have a heart attack.", [("46% less", 46, "atorvastatin", MI, NM)]),
    ("cardio", "The risk ratio for a heart attack with atorvastatin was 0.64 (95% CI 0.5 to 0.8).",
     [("0.64", 0.64, "atorvastatin", MI, V), ("95% CI", *NOT_A_CLAIM), ("0.5 to 0.8", ANY, "atorvastatin", MI, V)]),  # the CI is checked too
    ("cardio", "Muscle aches were reported by 29% on atorvastatin and 31% on placebo.",
     [("29%", 29, "atorvastatin", ACHES, V), ("31%", 31, "placebo", ACHES, V)]),
    ("cardio", "Muscle aches were reported by 31% on atorvastatin and 29% on placebo.",
     [("31%", 31, "atorvastatin", ACHES, WP), ("29%", 29, "placebo", ACHES, WP)]),
    ("cardio", "Nearly a third of people on the statin had muscle aches.", [("Nearly a third", ANY, "atorvastatin", ACHES, V)]),
    ("cardio", "Three in ten people on the dummy pill had muscle aches.", [("Three in ten", 30, "placebo", ACHES, V)]),
    ("cardio", "Three out of 10 people on the statin had muscle aches.", [("Three out of 10", 30, "atorvastatin", ACHES, V)]),
    ("cardio", "Half of the people on atorvastatin had muscle aches.", [("Half", 50, "atorvastatin", ACHES, NM)]),
    ("cardio", "On apixaban, the hazard ratio for stroke compared with warfarin was 0.79.", [("0.79", 0.79, "apixaban", "stroke", V)]),
    ("cardio", "Apixaban lowered the risk of serious bleeding by 31% compared with warfarin.", [("31%", 31, "apixaban", BLEED, V)]),
    ("cardio", "About 2% of people on apixaban had major bleeding each year, compared with 3% on warfarin.",
     [("About 2%", 2, "apixaban", BLEED, V), ("3%", 3, "warfarin", BLEED, V)]),
    ("cardio", "Major bleeding happened in 3.1% of people on apixaban.", [("3.1%", 3.1, "apixaban", BLEED, WP)]),
    ("cardio", "Major bleeding happened in 2.5% of people on Eliquis.", [("2.5%", 2.5, "apixaban", BLEED, NM)]),
    ("cardio", "Stroke was 21% less likely on apixaban than on warfarin.", [("21% less", 21, "apixaban", "stroke", V)]),
    ("cardio", "Apixaban halved the risk of stroke.", [("halved", 0.5, "apixaban", "stroke", NM)]),
    ("cardio", "The trial enrolled 18,201 people in 39 countries between 2006 and 2010.",
     [("18,201", 18201, ANY, ANY, CT), ("39", *NOT_A_CLAIM), ("between 2006 and 2010", *NOT_A_CLAIM)]),
    ("cardio", "People took 5 mg of apixaban twice a day.", [("5", *NOT_A_CLAIM), ("twice", *NOT_A_CLAIM)]),
    ("cardio", "People aged over 65 were included.", [("over 65", *NOT_A_CLAIM)]),
    ("cardio", "Statins are taken by more than 200 million people worldwide.", [("more than 200", *NOT_A_CLAIM)]),
    ("cardio", "In this study, 9% of people on the statin had a stroke.", [("9%", 9, "atorvastatin", "stroke", UN)]),
    ("cardio", "Death from heart disease was 2 in 100 in both groups.", [("2 in 100", 2, None, "cardiovascular death", UN)]),
    ("cardio", "More than 5% of people on the statin had a heart attack.", [("More than 5%", 5, "atorvastatin", MI, NM)]),
    ("cardio", "Fewer than 5 in 100 people on atorvastatin had a heart attack.", [("Fewer than 5 in 100", 5, "atorvastatin", MI, V)]),
    ("cardio", "Between 3% and 5% of people taking the statin had a heart attack.", [("Between 3% and 5%", ANY, "atorvastatin", MI, V)]),
    ("cardio", "Between 15% and 20% of people taking the statin had a heart attack.", [("Between 15% and 20%", ANY, "atorvastatin", MI, NM)]),
    ("cardio", "The proportion of people on atorvastatin with a heart attack was 0.04.", [("0.04", 0.04, "atorvastatin", MI, V)]),
    ("cardio", "Heart attacks: 4% on the statin; 6% on the dummy pill.",
     [("4%", 4, "atorvastatin", MI, V), ("6%", 6, "placebo", MI, V)]),
    ("cardio", "Serious bleeding was less common with apixaban (2.1%) than with warfarin (3.1%).",
     [("2.1%", 2.1, "apixaban", BLEED, V), ("3.1%", 3.1, "warfarin", BLEED, V)]),
    ("cardio", "Serious bleeding was less common with apixaban (3.1%) than with warfarin (2.1%).",
     [("3.1%", 3.1, "apixaban", BLEED, WP), ("2.1%", 2.1, "warfarin", BLEED, WP)]),
    ("cardio", "Apixaban was linked to 31 per cent less major bleeding than warfarin.", [("31 per cent less", 31, "apixaban", BLEED, V)]),
    ("cardio", "Muscle aches were about as common on atorvastatin (29 %) as on the dummy pill (31 %).",
     [("29 %", 29, "atorvastatin", ACHES, V), ("31 %", 31, "placebo", ACHES, V)]),
    ("cardio", "Atorvastatin is a statin. Around 30% of people on it had muscle aches.", [("Around 30%", 30, "atorvastatin", ACHES, V)]),
    ("cardio", "People who took warfarin needed blood tests every 4 weeks from 1 January 2007.",
     [("4", *NOT_A_CLAIM), ("1 January 2007", *NOT_A_CLAIM)]),
    ("cardio", "Heart attacks were about 1.5 times as common on the dummy pill.", [("about 1.5 times", 1.5, "placebo", MI, V)]),
    ("cardio", "Heart attacks were three times as common on the dummy pill.", [("three times", 3, "placebo", MI, UN)]),

    # --- oncology -------------------------------------------------------------------------------
    ("oncology", "Tumours shrank in 45% of people on pembrolizumab and 28% of people on chemo.",
     [("45%", 45, "pembrolizumab", RESP, V), ("28%", 28, "chemotherapy", RESP, V)]),
    ("oncology", "Tumours shrank in 45% of people on chemotherapy.", [("45%", 45, "chemotherapy", RESP, WP)]),
    ("oncology", "Nearly half of people on Keytruda saw their tumours shrink.", [("Nearly half", 50, "pembrolizumab", RESP, V)]),
    ("oncology", "The hazard ratio for overall survival was 0.63 with pembrolizumab.", [("0.63", 0.63, "pembrolizumab", OS, V)]),
    ("oncology", "People on pembrolizumab were 37% less likely to die than people on chemotherapy.",
     [("37% less", 37, "pembrolizumab", OS, V)]),
    ("oncology", "People on pembrolizumab were 47% less likely to die than people on chemotherapy.",
     [("47% less", 47, "pembrolizumab", OS, NM)]),
    ("oncology", "Serious side effects affected 27% of people on pembrolizumab, compared with 53% of people on chemotherapy.",
     [("27%", 27, "pembrolizumab", SSE, V), ("53%", 53, "chemotherapy", SSE, V)]),
    ("oncology", "Serious side effects affected 53% of people on pembrolizumab.", [("53%", 53, "pembrolizumab", SSE, WP)]),
    ("oncology", "About one in four people on pembrolizumab had serious side effects.", [("About one in four", 25, "pembrolizumab", SSE, V)]),
    ("oncology", "Severe side effects were about twice as common with chemotherapy.", [("about twice", 2, "chemotherapy", SSE, V)]),
    ("oncology", "Severe side effects were five times as common with chemotherapy.", [("five times", 5, "chemotherapy", SSE, UN)]),
    ("oncology", "Neutropenia affected 13.3% of people on chemotherapy.", [("13.3%", 13.3, "chemotherapy", "neutropenia", V)]),
    ("oncology", "Neutropenia affected 13% of people on chemotherapy.", [("13%", 13, "chemotherapy", "neutropenia", V)]),
    ("oncology", "Neutropenia affected 13.8% of people on chemotherapy.", [("13.8%", 13.8, "chemotherapy", "neutropenia", NM)]),
    ("oncology", "Neutropenia affected 14% of people on chemotherapy.", [("14%", 14, "chemotherapy", "neutropenia", NM)]),
    ("oncology", "After one year, 70% of people on pembrolizumab were still alive.", [("70%", 70, "pembrolizumab", OS, V)]),
    ("oncology", "After one year, seventy percent of people on chemo were still alive.", [("seventy percent", 70, "chemotherapy", OS, WP)]),
    ("oncology", "The study included 305 people with advanced lung cancer.", [("305", 305, ANY, ANY, CT)]),
    ("oncology", "Pembrolizumab was given at 200 mg every 3 weeks for up to 2 years.",
     [("200", *NOT_A_CLAIM), ("3", *NOT_A_CLAIM), ("up to 2", *NOT_A_CLAIM)]),
    ("oncology", "Tumours shrank in between 38% and 52% of people on pembrolizumab.", [("between 38% and 52%", ANY, "pembrolizumab", RESP, V)]),
    ("oncology", "Tumours shrank in 8-15% of people on pembrolizumab.", [("8-15%", ANY, "pembrolizumab", RESP, NM)]),
    ("oncology", "Around 3 in 10 people on chemotherapy saw their tumours shrink.", [("Around 3 in 10", 30, "chemotherapy", RESP, V)]),
    ("oncology", "Pembrolizumab (Keytruda) helped tumours shrink in 45 out of every 100 people.",
     [("45 out of every 100", 45, "pembrolizumab", RESP, V)]),
    ("oncology", "With chemo, tumours shrank in 28 in 100 people, while 53% had severe side effects.",
     [("28 in 100", 28, "chemotherapy", RESP, V), ("53%", 53, "chemotherapy", SSE, V)]),
    ("oncology", "With chemo, tumours shrank in 28 in 100 people, while 27% had severe side effects.",
     [("28 in 100", 28, "chemotherapy", RESP, V), ("27%", 27, "chemotherapy", SSE, WP)]),
    ("oncology", "People were followed until March 2019; the median age was 64 years.", [("March 2019", *NOT_A_CLAIM), ("64", *NOT_A_CLAIM)]),
    ("oncology", "The average age was around 64 years and people were followed for 14 months.",
     [("around 64", ANY, ANY, ANY, UA), ("14", ANY, ANY, ANY, UA)]),
    ("oncology", "Cancer of stage 4 was treated in phase 3 trials.", [("4", *NOT_A_CLAIM), ("3", *NOT_A_CLAIM)]),
    ("oncology", "Fewer people died with pembrolizumab: the hazard ratio was 0.63.", [("0.63", 0.63, "pembrolizumab", OS, V)]),
    ("oncology", "With pembrolizumab, the chance of dying was 63% lower.", [("63% lower", 63, "pembrolizumab", OS, NM)]),  # 37% lower
    ("oncology", "With pembrolizumab, the chance of dying was 37% lower.", [("37% lower", 37, "pembrolizumab", OS, V)]),
    ("oncology", "Pembrolizumab nearly doubled tumour shrinkage compared with chemotherapy.",
     [("nearly doubled", 2, "pembrolizumab", RESP, UN)]),  # 45% / 28% is 1.6 times
    ("oncology", "Tumours shrank in more people on pembrolizumab than on chemotherapy (45% vs 28%).",
     [("45%", 45, "pembrolizumab", RESP, V), ("28%", 28, "chemotherapy", RESP, V)]),
    ("oncology", "Tumours shrank in more people on pembrolizumab than on chemotherapy (28% vs 45%).",
     [("28%", 28, "pembrolizumab", RESP, WP), ("45%", 45, "chemotherapy", RESP, WP)]),

    # --- neurology ------------------------------------------------------------------------------
    ("neuro", "Half of the people on erenumab had far fewer migraines.", [("Half", 50, "erenumab", "migraine", V)]),
    ("neuro", "About 27% of people on the dummy injection also improved.", [("About 27%", 27, "placebo", None, V)]),
    ("neuro", "On erenumab, people had 1.9 fewer migraine days a month.", [("1.9", 1.9, "erenumab", "migraine", V)]),
    ("neuro", "Constipation affected 3% of people on Aimovig.", [("3%", 3, "erenumab", "constipation", V)]),
    ("neuro", "Injection site reactions affected 3% of people on erenumab.", [("3%", 3, "erenumab", "injection-site reaction", WP)]),
    ("neuro", "Constipation affected 6% of people on erenumab.", [("6%", 6, "erenumab", "constipation", WP)]),
    ("neuro", "People on erenumab had 2.7 times the odds of having fewer migraines.", [("2.7 times", 2.7, "erenumab", "migraine", V)]),
    ("neuro", "People on erenumab had 3.7 times the odds of having fewer migraines.", [("3.7 times", 3.7, "erenumab", "migraine", NM)]),
    ("neuro", "Tingling or pins and needles affected about half of people taking topiramate.", [("about half", 50, "topiramate", "tingling", V)]),
    ("neuro", "Topiramate helped 45% of people, while erenumab helped 50%.",
     [("45%", 45, "topiramate", None, V), ("50%", 50, "erenumab", None, V)]),
    ("neuro", "Migraines improved in 50% of people on topiramate.", [("50%", 50, "topiramate", "migraine", WP)]),
    ("neuro", "Migraines improved in 60% of people on topiramate.", [("60%", 60, "topiramate", "migraine", NM)]),
    ("neuro", "The four trials included 2,928 adults with migraine.", [("four", 4, ANY, ANY, CT), ("2,928", 2928, ANY, ANY, CT)]),
    ("neuro", "People aged 18 to 65 had between 4 and 14 migraine days a month.", [("18 to 65", *NOT_A_CLAIM), ("between 4 and 14", *NOT_A_CLAIM)]),
    ("neuro", "The dummy injection helped about 1 in 4 people.", [("about 1 in 4", 25, "placebo", None, V)]),
    ("neuro", "Erenumab helped 1 in 2 people.", [("1 in 2", 50, "erenumab", None, V)]),
    ("neuro", "Erenumab helped 1 in 3 people.", [("1 in 3", ANY, "erenumab", None, UN)]),
    ("neuro", "Erenumab was injected once a month at 70 mg or 140 mg.", [("70", *NOT_A_CLAIM), ("140", *NOT_A_CLAIM)]),
    ("neuro", "Erenumab is given by injection. Constipation affected 3 percent.", [("3 percent", 3, "erenumab", "constipation", V)]),
    ("neuro", "Fewer migraine days were seen on erenumab (50%) than on the dummy injection (27%).",
     [("50%", 50, "erenumab", "migraine", V), ("27%", 27, "placebo", "migraine", V)]),
    ("neuro", "More than 2 in 5 people on topiramate had fewer migraines.", [("More than 2 in 5", 40, "topiramate", "migraine", V)]),
    ("neuro", "At least 60% of people on topiramate had fewer migraines.", [("At least 60%", 60, "topiramate", "migraine", NM)]),
    ("neuro", "Erenumab was nearly twice as likely as the dummy injection to reduce migraines.",
     [("nearly twice", 2, "erenumab", "migraine", V)]),
    ("neuro", "Studies published from 2016 to 2018 were included.", [("2016 to 2018", *NOT_A_CLAIM)]),
    ("neuro", "Pins and needles affected 51% of people on Topamax and 3% of people on Aimovig.",
     [("51%", 51, "topiramate", "tingling", V), ("3%", 3, "erenumab", "tingling", WP)]),

    # --- infections: the anti-CD20 meta-analysis ------------------------------------------------
    ("ms", "About 11% of patients on rituximab had low immune levels, while 25% had infections of any kind.",
     [("About 11%", 11, "rituximab", HYPO, V), ("25%", 25, "rituximab", ANY_INF, V)]),
    ("ms", "Rituximab was linked to more urinary infections (9%), while ocrelizumab was linked to serious infections (6%) and lung infections (12%).",
     [("9%", 9, "rituximab", GU, V), ("6%", 6, "ocrelizumab", SER, V), ("12%", 12, "ocrelizumab", RES, V)]),
    ("ms", "Ocrelizumab was linked to serious infections (12%) and lung infections (6%).",
     [("12%", 12, "ocrelizumab", SER, WP), ("6%", 6, "ocrelizumab", RES, WP)]),
    ("ms", "About one in ten people on rituximab had low antibody levels.", [("About one in ten", 10, "rituximab", HYPO, V)]),
    ("ms", "One in four people on rituximab got an infection.", [("One in four", 25, "rituximab", ANY_INF, V)]),
    ("ms", "Around 12% of people on ocrelizumab had chest infections.", [("Around 12%", 12, "ocrelizumab", RES, V)]),
    ("ms", "Around 12% of people on ocrelizumab had serious infections.", [("Around 12%", 12, "ocrelizumab", SER, WP)]),
    ("ms", "Serious infections were seen in 6% of people on rituximab.", [("6%", 6, "rituximab", SER, WP)]),
    ("ms", "Lung infections affected 12% of people treated with Ocrevus.", [("12%", 12, "ocrelizumab", RES, V)]),
    ("ms", "UTIs affected 9% of people on MabThera.", [("9%", 9, "rituximab", GU, V)]),
    ("ms", "Between 8% and 15% of people on rituximab had low antibody levels.", [("Between 8% and 15%", ANY, "rituximab", HYPO, V)]),
    ("ms", "Up to 15% of people on rituximab had low antibody levels.", [("Up to 15%", 15, "rituximab", HYPO, V)]),
    ("ms", "More than 30% of people on rituximab had infections.", [("More than 30%", 30, "rituximab", ANY_INF, NM)]),
    ("ms", "The review pooled 55 studies with 14,548 people published between 2014 and 2024.",
     [("55", 55, ANY, ANY, CT), ("14,548", 14548, ANY, ANY, CT), ("between 2014 and 2024", *NOT_A_CLAIM)]),
    ("ms", "Rituximab roughly doubled the rate of infections.", [("roughly doubled", 2, "rituximab", ANY_INF, UN)]),
    ("ms", "Nearly 1 in 10 people on ocrelizumab had a serious infection.", [("Nearly 1 in 10", 10, "ocrelizumab", SER, NM)]),
    ("ms", "Rituximab was the most studied treatment. About 9% of people on it had urinary infections.",
     [("About 9%", 9, "rituximab", GU, V)]),
    # round 18: the drug is only carried from the sentence before, and 25% is exactly rituximab's: its restatement
    ("ms", "Ocrelizumab was studied in many people. 25% had infections of any kind.", [("25%", 25, "ocrelizumab", ANY_INF, V)]),
    ("ms", "On rituximab, 11 percent had low immune levels and 9 percent had urinary infections.",
     [("11 percent", 11, "rituximab", HYPO, V), ("9 percent", 9, "rituximab", GU, V)]),
    ("ms", "On rituximab, eleven percent had low immune levels.", [("eleven percent", 11, "rituximab", HYPO, V)]),
    ("ms", "On rituximab, 19% had urinary infections.", [("19%", 19, "rituximab", GU, NM)]),
    ("ms", "A quarter of people on rituximab had infections of any kind.", [("A quarter", 25, "rituximab", ANY_INF, V)]),
    ("ms", "Infections of any kind affected 25% of people on rituximab; urinary infections affected 9%.",
     [("25%", 25, "rituximab", ANY_INF, V), ("9%", 9, "rituximab", GU, V)]),
    ("ms", "People with MS usually start these medicines at 30 to 40 years old.", [("30 to 40", *NOT_A_CLAIM)]),
    ("ms", "Rituximab was given as 1,000 mg infusions every 6 months.", [("1,000", *NOT_A_CLAIM), ("6", *NOT_A_CLAIM)]),
    ("ms", "Ocrelizumab had 6% serious infections but rituximab had 9% urinary infections.",
     [("6%", 6, "ocrelizumab", SER, V), ("9%", 9, "rituximab", GU, V)]),
    ("ms", "The figures for ofatumumab were unclear, with 12% having lung infections.", [("12%", 12, "ofatumumab", RES, WP)]),
    ("ms", "About 40% of people stopped treatment.", [("About 40%", 40, None, None, UN)]),

    # --- infections: antibiotics for ear infections (background findings, arm ratios, counts) ----
    ("otitis", "About four in five young children have an ear infection by the age of three.",
     [("About four in five", 80, None, "otitis media", V)]),
    ("otitis", "Antibiotics reduced ear pain by 30%.", [("30%", 30, "amoxicillin", "ear pain", V)]),
    ("otitis", "Antibiotics reduced ear pain by about a third.", [("about a third", ANY, "amoxicillin", "ear pain", V)]),
    ("otitis", "Antibiotics reduced ear pain by half.", [("half", 50, "amoxicillin", "ear pain", NM)]),
    ("otitis", "Earache lasted beyond 2 days in 14% of children on placebo and 10% of children on antibiotics.",
     [("2", *NOT_A_CLAIM), ("14%", 14, "placebo", "ear pain", V), ("10%", 10, "amoxicillin", "ear pain", V)]),
    ("otitis", "Diarrhoea affected 10% of children on antibiotics, compared with 5% on the dummy medicine.",
     [("10%", 10, "amoxicillin", "diarrhoea", V), ("5%", 5, "placebo", "diarrhoea", V)]),
    ("otitis", "Diarrhoea affected 5% of children on antibiotics.", [("5%", 5, "amoxicillin", "diarrhoea", WP)]),
    ("otitis", "Children on antibiotics were twice as likely to have diarrhoea.", [("twice", 2, "amoxicillin", "diarrhoea", V)]),
    ("otitis", "Children on antibiotics were three times as likely to have diarrhoea.", [("three times", 3, "amoxicillin", "diarrhoea", UN)]),
    ("otitis", "A rash affected 4 in 100 children on amoxicillin.", [("4 in 100", 4, "amoxicillin", "rash", V)]),
    ("otitis", "A rash affected 1 in 20 children on amoxicillin.", [("1 in 20", 5, "amoxicillin", "rash", NM)]),
    ("otitis", "The review found 13 trials with 3,401 children.", [("13", 13, ANY, ANY, CT), ("3,401", 3401, ANY, ANY, CT)]),
    ("otitis", "Children were given 40 mg/kg of amoxicillin a day for 7 to 10 days.", [("40", *NOT_A_CLAIM), ("7 to 10", *NOT_A_CLAIM)]),
    ("otitis", "Children under 2 years old were most likely to benefit.", [("under 2", *NOT_A_CLAIM)]),
    ("otitis", "In 2015, the risk ratio for ear pain with antibiotics was 0.7.", [("2015", *NOT_A_CLAIM), ("0.7", 0.7, "amoxicillin", "ear pain", V)]),
    ("otitis", "Ear pain was 0.5 times as likely with antibiotics.", [("0.5 times", 0.5, "amoxicillin", "ear pain", NM)]),
    ("otitis", "Ear pain was 30% less likely with antibiotics than with a dummy medicine.", [("30% less", 30, "amoxicillin", "ear pain", V)]),
    ("otitis", "Ear pain was 30% less likely with a dummy medicine than with antibiotics.", [("30% less", 30, "placebo", "ear pain", WP)]),  # antibiotics' reduction
    ("otitis", "About 80% of children under three get an ear infection, and 10% of those on antibiotics get diarrhoea.",
     [("About 80%", 80, None, "otitis media", V), ("10%", 10, "amoxicillin", "diarrhoea", V)]),
    ("otitis", "Ear infections are common: around 4 in 5 children have one.", [("around 4 in 5", 80, None, "otitis media", V)]),
    ("otitis", "Ear infections were diagnosed in 20% of the children.", [("20%", 20, None, "otitis media", NM)]),
    ("otitis", "The 13 trials took place between 1966 and 2014 in 6 countries.",
     [("13", 13, ANY, ANY, CT), ("between 1966 and 2014", *NOT_A_CLAIM), ("6", *NOT_A_CLAIM)]),

    # --- mental health --------------------------------------------------------------------------
    ("mental", "About 1 in 20 adults has depression.", [("About 1 in 20", 5, None, "depression", V)]),
    ("mental", "About 1 in 5 adults has depression.", [("About 1 in 5", 20, None, "depression", NM)]),
    ("mental", "35% of people on sertraline recovered, compared with 25% on a sugar pill.",
     [("35%", 35, "sertraline", "remission", V), ("25%", 25, "placebo", "remission", V)]),
    ("mental", "A third of people on sertraline got better.", [("A third", ANY, "sertraline", "remission", V)]),
    ("mental", "Two thirds of people on sertraline got better.", [("Two thirds", ANY, "sertraline", "remission", NM)]),
    ("mental", "People on sertraline had 1.6 times the odds of recovery.", [("1.6 times", 1.6, "sertraline", "remission", V)]),
    ("mental", "Sertraline made recovery 60% more likely.", [("60% more", 60, "sertraline", "remission", V)]),
    ("mental", "Sertraline made recovery 40% more likely.", [("40% more", 40, "sertraline", "remission", V)]),
    ("mental", "Sertraline made recovery 90% more likely.", [("90% more", 90, "sertraline", "remission", NM)]),
    ("mental", "One in five people on sertraline felt sick.", [("One in five", 20, "sertraline", "nausea", V)]),
    ("mental", "Nausea affected 8% of people on sertraline.", [("8%", 8, "sertraline", "nausea", WP)]),
    ("mental", "Nausea affected 20% of people on the sugar pill.", [("20%", 20, "placebo", "nausea", WP)]),
    ("mental", "Talking therapy helped 40% of people reach recovery.", [("40%", 40, "cognitive behavioural therapy", "remission", V)]),
    ("mental", "CBT helped 35% of people reach remission.", [("35%", 35, "cognitive behavioural therapy", "remission", WP)]),
    ("mental", "Sertraline was tested in 9 studies with 1,200 adults aged 18 to 75.",
     [("9", 9, ANY, ANY, CT), ("1,200", 1200, ANY, ANY, CT), ("18 to 75", *NOT_A_CLAIM)]),
    ("mental", "People took 50 to 200 mg of sertraline a day for 8 weeks.", [("50 to 200", *NOT_A_CLAIM), ("8", *NOT_A_CLAIM)]),
    ("mental", "Suicidal thoughts were reported by 2% of people on sertraline.", [("2%", 2, "sertraline", "suicidal thoughts", UN)]),
    ("mental", "Around four in ten people on CBT recovered, while about a quarter of those on the sugar pill did.",
     [("Around four in ten", 40, "cognitive behavioural therapy", "remission", V), ("about a quarter", 25, "placebo", "remission", V)]),
    ("mental", "Remission rates were 30-40% on sertraline.", [("30-40%", ANY, "sertraline", "remission", V)]),
    ("mental", "Remission rates were 45-50% on sertraline.", [("45-50%", ANY, "sertraline", "remission", NM)]),
    ("mental", "Sertraline more than doubled the chance of recovery.", [("more than doubled", 2, "sertraline", "remission", NM)]),
    ("mental", "The odds ratio for remission with sertraline was 1.6 (95% CI 1.2 to 2.1).",
     [("1.6", 1.6, "sertraline", "remission", V), ("95% CI", *NOT_A_CLAIM), ("1.2 to 2.1", ANY, "sertraline", "remission", V)]),
    ("mental", "Sertraline: 35% recovered; placebo: 25% recovered.",
     [("35%", 35, "sertraline", "remission", V), ("25%", 25, "placebo", "remission", V)]),
    ("mental", "Thirty-five per cent of people on Zoloft recovered.", [("Thirty-five per cent", 35, "sertraline", "remission", V)]),
    ("mental", "Sertraline helped 35 out of 100 people recover; the sugar pill helped 25 out of 100.",
     [("35 out of 100", 35, "sertraline", None, V), ("25 out of 100", 25, "placebo", None, V)]),
    ("mental", "Recovery was 1.4 times as likely on sertraline as on a sugar pill (35% vs 25%).",
     [("1.4 times", 1.4, "sertraline", "remission", V), ("35%", 35, "sertraline", "remission", V), ("25%", 25, "placebo", "remission", V)]),
    ("mental", "The studies ran from 2001 to 2019, lasted 6 to 12 weeks and used scores from 0 to 52.",
     [("2001 to 2019", *NOT_A_CLAIM), ("6 to 12", *NOT_A_CLAIM), ("from 0 to 52", *NOT_A_CLAIM)]),
    ("mental", "Nearly 60% of people on sertraline recovered.", [("Nearly 60%", 60, "sertraline", "remission", NM)]),
    ("mental", "Less than 10% of people on the sugar pill felt sick.", [("Less than 10%", 10, "placebo", "nausea", V)]),
    ("mental", "Less than 5% of people on the sugar pill felt sick.", [("Less than 5%", 5, "placebo", "nausea", NM)]),
    ("mental", "Sertraline is an SSRI. Nausea affected one in five.", [("one in five", 20, "sertraline", "nausea", V)]),
    ("mental", "Depression affects around 5 in 100 adults; in this review 35% of those on sertraline recovered.",
     [("around 5 in 100", 5, None, "depression", V), ("35%", 35, "sertraline", "remission", V)]),
]


def _analysis(study: str, text: str) -> Analysis:
    sidecar = yaml.safe_dump({"source": STUDIES[study]})
    document = documents.parse("summary.md", text)
    meta, problems, _ = load_metadata(document, sidecar, "summary.source.yaml")
    assert not problems, [p.message for p in problems]
    return Analysis(document, meta, problems, RULESET)


def _matches(expected, actual) -> bool:
    if expected is ANY:
        return True
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return abs(expected - actual) < 1e-6
    return expected == actual


def test_the_table_is_big_and_varied():
    assert len(ROWS) >= 150
    verdicts = {row[4] for _, _, expected in ROWS for row in expected}
    assert verdicts == {V, WP, NM, UN, UA, CT}
    assert {study for study, _, _ in ROWS} == set(STUDIES)


@pytest.mark.parametrize("study, text, expected", ROWS, ids=[f"{i:03d}-{r[0]}" for i, r in enumerate(ROWS)])
def test_claims_table(study, text, expected):
    claims = extract(_analysis(study, text))
    got = [(c.text, c.value, c.drug, c.outcome, c.verdict) for c in claims]
    assert len(got) == len(expected), f"{text}\n got: {got}"
    for want, have in zip(expected, got):
        assert all(_matches(w, h) for w, h in zip(want, have)), f"{text}\n want: {want}\n  got: {have}\n {claims}"


def test_figures_and_mentions_map_back_to_tokens():
    analysis = _analysis("ms", "About 11% of patients on rituximab had low immune levels, while 8-15% had UTIs.")
    claims, found = extract(analysis), mentions(analysis)
    assert [token_span(analysis, c).text for c in claims] == ["About 11%", "8-15%"]
    assert [(m.kind, m.name, token_span(analysis, m).text) for m in found] == [
        ("drug", "rituximab", "rituximab"), ("outcome", HYPO, "low immune levels"), ("outcome", GU, "UTIs")]


# What a number that is not a claim was recognised as (the table above only says "unattached").
RECOGNISED = [
    ("The review was published in 2021.", "2021", "date"),
    ("Searches ran to 12 March 2020.", "12 March 2020", "date"),
    ("Searches ran to March 12, 2020.", "March 12, 2020", "date"),
    ("Studies from 1990-2015 were included.", "1990-2015", "date"),
    ("The page was updated on 1/1/2026.", "1/1/2026", "date"),
    ("People took 75 mg of aspirin.", "75", "dose"),
    ("Children got 40 mg/kg a day.", "40", "dose"),
    ("The infusion held 0.8 mL of fluid.", "0.8", "dose"),
    ("Adults aged 18 to 65 took part.", "18 to 65", "age"),
    ("Women over 50 took part.", "over 50", "age"),
    ("Babies 6 months old took part.", "6", "age"),
    ("The average age was around 64 years.", "around 64", "age"),
    ("Treatment lasted 12 weeks.", "12", "duration"),
    ("People were followed for up to 5 years.", "up to 5", "duration"),
    ("People with type 2 diabetes were studied.", "2", "label"),
    ("This was a phase 3 trial.", "3", "label"),
    ("The difference was small (p = 0.04).", "0.04", "label"),
    ("Sensitivity was 94% (95% CI 85% to 98%).", "95% CI", "label"),
    ("Sensitivity was 94% (95% CI 85% to 98%).", "85% to 98%", "label"),
    ("The pill was taken twice a day.", "twice", "schedule"),
    ("Quality of life scores ranged from 0 to 100.", "from 0 to 100", "label"),
]


# Counts of studies and people are claims (tests/test_claims_real_patterns.py checks their verdicts);
# here only that they are read as counts.
COUNTS = [
    ("The review found 12 trials.", "12", "studies"),
    ("It included 3,400 adults with asthma.", "3,400", "people"),
    ("The trial was small (n = 48).", "48", "people"),
    ("Twenty-two studies took part.", "Twenty-two", "studies"),
    ("Statins are taken by more than 200 million people worldwide.", "more than 200", "other"),
]


@pytest.mark.parametrize("text, figure, counted", COUNTS, ids=[r[2] + "-" + r[1] for r in COUNTS])
def test_counts_are_read_as_counts(text, figure, counted):
    claims = [c for c in extract(_analysis("cardio", text)) if c.text == figure]
    assert [(c.unit, c.counted) for c in claims] == [("count", counted)]


@pytest.mark.parametrize("text, figure, unit", RECOGNISED, ids=[r[2] + "-" + r[1] for r in RECOGNISED])
def test_numbers_that_are_not_claims_are_recognised(text, figure, unit):
    claims = [c for c in extract(_analysis("cardio", text)) if c.text == figure]
    assert [(c.unit, c.verdict) for c in claims] == [(unit, UA)]


# The tolerance contract of the claims issue, at its edges: (stated, source value, measure, agrees?).
TOLERANCES = [
    ("11%", "10.9%", None, True), ("11%", "11.4%", None, True), ("11%", "11.6%", None, False),
    ("11.0%", "11.04%", None, True), ("11.0%", "11.1%", None, False),
    ("about 11%", "12%", None, True), ("about 11%", "12.2%", None, True), ("about 11%", "12.3%", None, False),
    ("about 3%", "3.9%", None, True), ("about 3%", "4.1%", None, False),     # at least one percentage point
    ("nearly 60%", "54.6%", None, True), ("nearly 60%", "53.9%", None, False),  # 10% of the source value
    ("one in four", "22.3%", None, True), ("one in four", "22.2%", None, False), ("one in four", "28.5%", None, True),
    ("one in four", "28.6%", None, False),                                    # round(100/value) = 4
    ("more than 10%", "10.1%", None, True), ("more than 10%", "10%", None, False),
    ("less than 10%", "9.9%", None, True), ("less than 10%", "10%", None, False),
    ("between 20% and 30%", "35%", None, False),
    ("1.3 times", 1.26, "risk-ratio", True), ("1.3 times", 1.36, "risk-ratio", False),
    ("about 1.3 times", 1.42, "risk-ratio", True), ("about 1.3 times", 1.46, "risk-ratio", False),
    ("20% less", 0.80, "hazard-ratio", True), ("21% less", 0.78, "hazard-ratio", False),
    # a bare round ten from a ratio is that change to the nearest ten (round 37, part C: "by 70%" for RR 0.28)
    ("20% less", 0.78, "hazard-ratio", True), ("20% less", 0.74, "hazard-ratio", False),
    ("30% less", 0.78, "hazard-ratio", False), ("70% less", 0.28, "risk-ratio", True), ("70% less", 0.36, "risk-ratio", False),
    ("30% less", 0.75, "risk-ratio", False), ("20% less", 0.75, "risk-ratio", False),  # 25%: said as no ten
    ("20% less", "20%", "relative-reduction", True), ("25% less", "20%", "relative-reduction", False),
]


@pytest.mark.parametrize("stated, value, measure, agrees", TOLERANCES, ids=[f"{t[0]}~{t[1]}" for t in TOLERANCES])
def test_tolerances(stated, value, measure, agrees):
    finding = {"drug": "atorvastatin", "outcome": "stroke", "value": value}
    if measure:
        finding["measure"] = measure
    source = {"drugs": {"atorvastatin": []}, "outcomes": {"stroke": []}, "findings": [finding]}
    if "times" in stated:
        sentence, unit = f"Stroke was {stated} as likely with atorvastatin.", "ratio"
    elif stated.endswith("less"):
        sentence, unit = f"Stroke was {stated} likely with atorvastatin.", "relative"
    else:
        sentence, unit = f"Stroke affected {stated} of people on atorvastatin.", "percent"
    document = documents.parse("summary.md", sentence)
    meta, problems, _ = load_metadata(document, yaml.safe_dump({"source": source}), "summary.source.yaml")
    [claim] = extract(Analysis(document, meta, problems, RULESET))
    assert claim.unit == unit
    assert claim.verdict == ("verified" if agrees else "number-mismatch"), claim.message
