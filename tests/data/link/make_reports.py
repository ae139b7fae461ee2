"""Writes reports.jsonl: the linking scenarios (invented reports, written for Vigil's tests).

Each report is one input document; ``gold`` names the event(s) it reports (scenario/event), and
is what tests/test_link_scenarios.py scores pairwise linking against. Run it after editing.
"""
import json
import os

WIRE = ("Police in Nairobi fired tear gas on Tuesday at hundreds of traders marching against a new "
        "market levy, witnesses said. The traders had gathered outside the city council offices in the "
        "morning, blowing whistles and carrying placards that called the levy a tax on the poor. Officers "
        "moved in after the marchers tried to push past a barrier on the main road, and several people "
        "fell as the crowd ran from the gas. A council spokesman said the levy would stay. Traders' "
        "leaders said they would march again next week if the council did not meet them.")

R = [
 # 1 a wire story and its syndicated copies: one event, one source
 ("s01-wire", "Rift Wire", "2024-04-17", "Police fire tear gas at Nairobi traders protesting market levy", WIRE, ["s01/e1"]),
 ("s01-copy-a", "Coast Herald", "2024-04-17", "Police fire tear gas at Nairobi traders protesting market levy",
  WIRE + " (Rift Wire)", ["s01/e1"]),
 ("s01-copy-b", "Lakeside Times", "2024-04-17", "Nairobi police use tear gas on traders",
  WIRE.replace("hundreds of traders", "several hundred traders").replace("witnesses said", "according to witnesses")
      .replace("A council spokesman said the levy would stay.", "The council said it would not drop the levy."), ["s01/e1"]),
 ("s01-copy-c", "Daily Meridian", "2024-04-17", "Tear gas at Nairobi levy march", WIRE[:WIRE.index(" A council")], ["s01/e1"]),
 # 2 competing tolls, three independent outlets
 ("s02-a", "Harbour Courier", "2023-10-10", "Two killed as police fire on Karachi protest, police say",
  "Two people were killed in Karachi on Monday when police opened fire on a crowd protesting against power cuts, "
  "a police spokesman said. The spokesman said officers had fired after protesters threw stones at a police station "
  "in the Korangi area. Residents said the protest had been peaceful until police arrived.", ["s02/e1"]),
 ("s02-b", "Indus Ledger", "2023-10-10", "Hospital says five dead after Karachi shooting",
  "Doctors at a Karachi hospital said five protesters were shot dead on Monday after police fired live rounds at a "
  "demonstration over electricity cuts. The hospital's medical superintendent said 23 more people were being "
  "treated for gunshot wounds. Police have not commented on the hospital's figures.", ["s02/e1"]),
 ("s02-c", "Sindh Monitor", "2023-10-11", "Rights group says nine protesters killed by police in Karachi",
  "A human rights group said on Tuesday that police killed nine protesters in Karachi on Monday, far more than "
  "the police admit. The group said its researchers had spoken to families of the dead and that officers fired "
  "into a crowd that was demonstrating against power cuts. It called for an independent inquiry.", ["s02/e1"]),
 # 3 a protest reported by two outlets and denied by state media
 ("s03-a", "Azar Voice", "2023-11-03", "Security forces detain 14 at Tabriz rally",
  "Hundreds of people rallied in Tabriz on Thursday to protest against the arrest of a local teacher, and security "
  "forces detained 14 of them, witnesses said. The protesters gathered near the bazaar and chanted slogans "
  "before riot police dispersed them with batons.", ["s03/e1"]),
 ("s03-b", "Persian Watch", "2023-11-03", "Tabriz protesters beaten and detained",
  "Riot police in Tabriz beat protesters and detained about 20 people on Thursday, activists said, after a crowd "
  "gathered near the city's bazaar to demand the release of a jailed teacher. Videos shared online showed police "
  "swinging batons at people as they ran.", ["s03/e1"]),
 ("s03-c", "IRNA", "2023-11-03", "Governor denies reports of Tabriz gathering",
  "The governor of East Azerbaijan province said on Thursday that no protest took place in Tabriz, and that "
  "reports of a gathering near the bazaar were false. He said life in the city was normal and accused foreign "
  "media of spreading rumours.", ["s03/e1"]),
 # 4 two distinct protests in neighbouring cities on the same day
 ("s04-a", "Potohar Post", "2024-02-06", "Traders protest tax in Rawalpindi",
  "Hundreds of traders protested in Rawalpindi on Tuesday against a new tax on small shops, closing their "
  "shutters and marching to the Commissioner's office. The march ended peacefully.", ["s04/rawalpindi"]),
 ("s04-b", "Capital Gazette", "2024-02-06", "Rawalpindi shopkeepers march against new levy",
  "Shopkeepers in Rawalpindi shut their businesses on Tuesday and marched through the city centre to protest "
  "against a tax on small traders. Organisers said the protest was peaceful.", ["s04/rawalpindi"]),
 ("s04-c", "Potohar Post", "2024-02-06", "Lawyers rally in Islamabad over judge's transfer",
  "Lawyers protested in Islamabad on Tuesday against the transfer of a senior judge, rallying outside the high "
  "court and chanting slogans. The rally ended peacefully in the afternoon.", ["s04/islamabad"]),
 ("s04-d", "Federal Times", "2024-02-06", "Islamabad lawyers protest outside high court",
  "Dozens of lawyers in Islamabad boycotted the courts on Tuesday and protested outside the high court against "
  "the transfer of a judge. Bar leaders said the protest was peaceful.", ["s04/islamabad"]),
 # 5 the same poster quote in Khoy and in Abadan: two events
 ("s05-a", "Resistance News", "2023-12-30", "Posters appear in Khoy",
  "In Khoy, supporters of an opposition group put up posters of its leader on Friday with the quote \"The "
  "dictatorship is living its last days\". Activists said the posters stayed up for several hours.", ["s05/khoy"]),
 ("s05-b", "Resistance News", "2023-12-30", "Posters appear in Abadan",
  "In Abadan, supporters of an opposition group put up posters of its leader on Friday with the quote \"The "
  "dictatorship is living its last days\". Activists said the posters stayed up for several hours.", ["s05/abadan"]),
 ("s05-c", "Free Iran Monitor", "2023-12-30", "Opposition posters in Khoy carry leader's words",
  "Opposition activists pasted posters on walls in Khoy on Friday, each carrying the words \"The dictatorship is "
  "living its last days\", according to photos the group released.", ["s05/khoy"]),
 ("s05-d", "Free Iran Monitor", "2023-12-30", "Abadan walls carry opposition posters",
  "Opposition activists pasted posters on walls in Abadan on Friday, each carrying the words \"The dictatorship "
  "is living its last days\", according to photos the group released.", ["s05/abadan"]),
 # 6 an air strike with three tolls and the military's own account
 ("s06-a", "Irrawaddy Beacon", "2024-03-06", "Air strike on village near Monywa kills 11, rescuer says",
  "A military jet bombed a village near Monywa on Tuesday, killing 11 people, a rescue worker said. The bombs "
  "hit houses and a monastery school, and villagers fled into the fields.", ["s06/e1"]),
 ("s06-b", "Mandalay Dispatch", "2024-03-06", "Resistance force says 17 killed in Monywa air strike",
  "A local resistance force said 17 civilians were killed on Tuesday when the military carried out an air strike "
  "on a village close to Monywa. The force said children were among the dead.", ["s06/e1"]),
 ("s06-c", "Golden Land Daily", "2024-03-07", "Military says it struck fighters near Monywa",
  "The military said on Wednesday that its aircraft had struck a gathering of \"terrorists\" near Monywa on "
  "Tuesday. A spokesman said the air strike hit a training camp and denied that civilians were killed.", ["s06/e1"]),
 # 7 an army-rebel clash, told by each side and by a reporter
 ("s07-a", "Kivu Morning", "2024-05-14", "Army says 14 rebels killed in clash north of Goma",
  "The army said its soldiers killed 14 M23 rebels in fighting north of Goma on Monday. An army spokesman said "
  "three soldiers also died in the clash near the town of Kibumba.", ["s07/e1"]),
 ("s07-b", "Great Lakes Report", "2024-05-14", "M23 says it repelled army attack near Goma",
  "M23 rebels said they repelled an army attack north of Goma on Monday and that the army lost many soldiers. "
  "The group's spokesman said the fighting near Kibumba lasted several hours.", ["s07/e1"]),
 ("s07-c", "Goma Independent", "2024-05-15", "Heavy fighting near Kibumba",
  "Heavy fighting broke out between the army and M23 rebels near Kibumba, north of Goma, on Monday, residents "
  "said. They said they heard gunfire for most of the day and that hundreds of families fled south.", ["s07/e1"]),
 # 8 a roadside bomb, one report a day later
 ("s08-a", "Gulf Current", "2024-01-22", "Roadside bomb kills two oil workers near Basra",
  "A roadside bomb killed two oil workers near Basra on Monday, police said. The bomb hit their bus on the road "
  "to an oil field west of the city, wounding three others.", ["s08/e1"]),
 ("s08-b", "Shatt Times", "2024-01-23", "Oil workers killed in Basra bomb attack",
  "Two oil workers died and three were wounded when a bomb exploded beside their bus near Basra on Monday, "
  "officials said on Tuesday. No group has said it planted the bomb.", ["s08/e1"]),
 ("s08-c", "Mesopotamia Line", "2024-01-22", "Bomb hits oil workers' bus in Basra",
  "An explosive device hidden at the roadside blew up as a bus carrying oil workers passed near Basra on Monday, "
  "killing two, a security source said.", ["s08/e1"]),
 # 9 arrests of journalists
 ("s09-a", "Victoria Herald", "2024-06-11", "Police arrest three journalists in Kampala",
  "Police in Kampala arrested three journalists on Monday as they covered a protest by vendors, their editors "
  "said. Police said the journalists were held for blocking a road.", ["s09/e1"]),
 ("s09-b", "Pearl Chronicle", "2024-06-11", "Kampala journalists detained while covering vendors' protest",
  "Three reporters were detained by police in Kampala on Monday while they filmed market vendors protesting an "
  "eviction order, a press freedom group said.", ["s09/e1"]),
 ("s09-c", "East Africa Press Review", "2024-06-12", "Uganda: press group condemns arrest of reporters",
  "A press freedom group condemned the arrest of three journalists in Kampala on Monday. Police arrested the "
  "reporters as they covered a vendors' protest and released them on police bond on Tuesday.", ["s09/e1"]),
 # 10 two marches in one city on different days
 ("s10-a", "Andes Daily", "2024-08-13", "Students march in Santiago for free education",
  "Thousands of students marched peacefully in Santiago on Monday to demand free university education, waving "
  "flags and banners along the Alameda.", ["s10/monday"]),
 ("s10-b", "Cordillera News", "2024-08-13", "Santiago students rally for education reform",
  "Students rallied in Santiago on Monday, marching along the Alameda to call for free higher education. The "
  "march passed off peacefully.", ["s10/monday"]),
 ("s10-c", "Andes Daily", "2024-08-16", "Pensioners march in Santiago",
  "Several thousand pensioners marched peacefully in Santiago on Thursday to demand higher pensions, ending "
  "their march outside the presidential palace.", ["s10/thursday"]),
 ("s10-d", "Cordillera News", "2024-08-16", "Retirees protest in Santiago over pensions",
  "Retirees protested in Santiago on Thursday, calling for a rise in pensions. The protest ended peacefully "
  "near the presidential palace.", ["s10/thursday"]),
 # 11 two outlets of one party and an independent one
 ("s11-a", "People's Flame", "2024-07-09", "Opposition thugs torch our Harare office",
  "Rioters burned the party's district office in Harare on Monday, throwing stones and setting fire to the "
  "building, the party said. Nobody was hurt.", ["s11/e1"]),
 ("s11-b", "Flame Weekly", "2024-07-09", "Party office burned in Harare riot",
  "A crowd of rioters set fire to the party's district office in Harare on Monday after pelting it with stones, "
  "party officials said.", ["s11/e1"]),
 ("s11-c", "Harare Observer", "2024-07-09", "Party office set alight in Harare",
  "A crowd stoned and burned a ruling party office in Harare on Monday during a riot over the price of bread, "
  "witnesses said. Police said they were looking for those responsible.", ["s11/e1"]),
 # 12 mob violence
 ("s12-a", "Mathare Voice", "2024-09-03", "Mob kills two suspected thieves in Nairobi",
  "A mob beat two suspected motorcycle thieves to death in Mathare, Nairobi, on Monday, police said.", ["s12/e1"]),
 ("s12-b", "City Beat", "2024-09-03", "Two men lynched in Mathare",
  "Two men accused of stealing a motorcycle were beaten to death by a mob in Mathare, Nairobi, on Monday, "
  "residents said. Police took the bodies to the city mortuary.", ["s12/e1"]),
 ("s12-c", "Nairobi Evening", "2024-09-04", "Police warn against mob justice after Mathare killings",
  "Police in Nairobi warned residents against mob justice on Tuesday, a day after a crowd beat two suspected "
  "thieves to death in Mathare on Monday.", ["s12/e1"]),
 # 13 an abduction
 ("s13-a", "Antioquia Today", "2024-10-08", "Armed men abduct councillor near Medellin",
  "Armed men abducted a town councillor and his driver on a road north of Medellin on Monday, police said. "
  "Their car was found abandoned near a checkpoint.", ["s13/e1"]),
 ("s13-b", "Valle News Service", "2024-10-08", "Councillor kidnapped north of Medellin",
  "A councillor and his driver were kidnapped by gunmen north of Medellin on Monday, the mayor's office said. "
  "The army has started a search.", ["s13/e1"]),
 ("s13-c", "Paisa Post", "2024-10-09", "Family appeals for kidnapped councillor's release",
  "The family of a councillor abducted with his driver near Medellin on Monday appealed for their release on "
  "Tuesday. Police said armed men stopped their car on a road north of the city.", ["s13/e1"]),
 # 14 strikes in two cities on the same day
 ("s14-a", "Rhone Journal", "2024-11-13", "Transport workers strike in Lyon",
  "Bus and tram drivers went on strike in Lyon on Tuesday and marched through the city centre to demand higher "
  "wages. The march was peaceful.", ["s14/lyon"]),
 ("s14-b", "Presse du Centre", "2024-11-13", "Lyon transport strike halts trams",
  "A strike by transport workers stopped most trams in Lyon on Tuesday, and several hundred drivers marched "
  "peacefully to the city hall to demand a pay rise.", ["s14/lyon"]),
 ("s14-c", "Rhone Journal", "2024-11-13", "Dockers strike in Marseille",
  "Dock workers went on strike in Marseille on Tuesday and marched peacefully to the port authority to protest "
  "against job cuts.", ["s14/marseille"]),
 ("s14-d", "Midi Courier", "2024-11-13", "Marseille dockers march against job cuts",
  "Hundreds of dockers marched peacefully through Marseille on Tuesday during a strike against planned job cuts "
  "at the port.", ["s14/marseille"]),
 ("s14-e", "Presse du Centre", "2024-11-13", "Lyon bus drivers walk out",
  "Bus drivers in Lyon walked out on Tuesday and held a peaceful march to the city hall over pay, union "
  "leaders said.", ["s14/lyon"]),
]

OWNERS = {"People's Flame": "the ruling party", "Flame Weekly": "the ruling party"}

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "reports.jsonl"), "w", encoding="utf-8") as f:
        for rid, outlet, published, title, text, gold in R:
            f.write(json.dumps({"id": rid, "outlet": outlet, "published": published, "title": title,
                                "text": text}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "the events each report in reports.jsonl tells (scenario/event)",
                   "owners": OWNERS, "gold": {rid: gold for rid, *_, gold in R}}, f, indent=1)
        f.write("\n")
    print(len(R), "reports")
