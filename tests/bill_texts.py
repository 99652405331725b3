"""Two readings of a small US appropriations bill (after H.R. 2157, 2019, a trial): sections that share
only the boilerplate every section ends with, one deleted where an unrelated one was added far off."""

from __future__ import annotations

BOIL = ("Provided, That such amount is designated by the Congress as being for an emergency requirement pursuant to "
        "section 251(b)(2)(A)(i) of the Balanced Budget and Emergency Deficit Control Act of 1985.")
CROPS = ("SEC. 101. For necessary expenses related to losses of crops and livestock resulting from hurricanes, "
         "floods and wildfires occurring in calendar year 2018, $3,005,442,000, to remain available until expended: " + BOIL)
ECP = ("SEC. 102. For an additional amount for the “Emergency Conservation Program”, for necessary expenses related to "
       "the consequences of Hurricanes Michael and Florence and of wildfires occurring in calendar year 2018, "
       "$500,000,000, to remain available until expended: " + BOIL)
SAMOA = ("SEC. 103. In addition to amounts otherwise made available, $5,000,000 shall be available for the Secretary to "
         "provide a grant to American Samoa for disaster nutrition assistance in response to the Presidentially declared "
         "major disasters and emergencies: " + BOIL)
FEMA = ("SEC. 501. (a) Federal Share.— Notwithstanding section 403 of the Robert T. Stafford Disaster Relief and Emergency "
        "Assistance Act (42 U.S.C. 5170b), the Federal share of assistance shall be not less than 90 percent of the "
        "eligible costs for a period of not less than 24 months.\n"
        "(b) Applicability.— This section shall apply to disaster assistance applied for before, on, or after the date "
        "of enactment of this Act: " + BOIL)
HOSPITAL = ("SEC. 502. (a) In General.— The President shall make a contribution under section 406 of the Robert T. "
            "Stafford Disaster Relief and Emergency Assistance Act (42 U.S.C. 5172) for each eligible rural medical "
            "facility that was damaged or destroyed by a major disaster during calendar year 2015.\n"
            "(b) Definition.— In this section, the term “eligible rural medical facility” means a private nonprofit "
            "hospital facility located in a county with a population below 40,000: " + BOIL)
IN_ADDITION = ("SEC. 1201. Each amount appropriated or made available by this Act is in addition to amounts otherwise "
               "appropriated for the fiscal year involved.")
LAPSE = ("SEC. 1202. No part of any appropriation contained in this Act shall remain available for obligation beyond the "
         "current fiscal year unless expressly so provided herein.")
RURAL = ("SEC. 102. Notwithstanding any other provision of law, any rural community impacted by major declared disaster "
         "DR–4407 may have the governor in the affected state certify the area’s population as a rural area with respect "
         "to eligibility for loans and grants under rural development programs: " + BOIL)
PURPOSES = ("SEC. 104. Notwithstanding any other provision of law, funds made available under each heading in this title "
            "shall only be used for the purposes specifically described under that heading.")
FLOOD = ("SEC. 1203. (a) Section 1309(a) of the National Flood Insurance Act of 1968 (42 U.S.C. 4016(a)) is amended by "
         "striking “June 14, 2019” and inserting “September 30, 2019”.\n"
         "(b) This section shall take effect as if enacted on June 14, 2019: " + BOIL)
#: sections both readings keep as they are, each ending with the designation (as most of H.R. 2157's do)
KEPT = [f"SEC. {n}. For an additional amount for “{what}”, for necessary expenses related to the consequences of "
        f"{cause}, ${amount}, to remain available until expended: " + BOIL
        for n, what, cause, amount in ((201, "Economic Development Assistance Programs", "Hurricanes Florence and Michael",
                                        "600,000,000"),
                                       (202, "Fishery Disaster Assistance", "declared fishery disasters", "150,000,000"),
                                       (301, "Operation and Maintenance, Navy", "Hurricane Florence", "400,000,000"),
                                       (401, "Construction", "flooding of the Mississippi River", "740,000,000"))]  # fmt: skip
INTRODUCED = "\n".join(["TITLE I", CROPS, ECP, SAMOA, "TITLE II", *KEPT, "TITLE V", FEMA, HOSPITAL, "TITLE XII",
                         IN_ADDITION, LAPSE]) + "\n"  # fmt: skip
ENROLLED = "\n".join(["TITLE I", CROPS, RURAL, SAMOA.replace("$5,000,000", "$18,000,000"), PURPOSES, "TITLE II", *KEPT,
                      "TITLE XII", IN_ADDITION, LAPSE, FLOOD]) + "\n"  # fmt: skip
