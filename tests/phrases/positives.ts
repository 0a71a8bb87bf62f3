/**
 * Phrases that mention a topic of the Russia–U.S. briefing, written the way
 * journalists write them: Title Case and ALL CAPS headlines, running text,
 * possessives, quotes, brackets, dashes and no-break spaces, in English,
 * Russian (ru), Ukrainian (uk), German (de), French (fr) and a little Spanish
 * (es). Each is read as its own page, so an ambiguous form ("Alaska",
 * "Marinera") only counts where the phrase itself carries the context.
 *
 * \u00a0 is a no-break space, \u202f the narrow no-break space French
 * typography puts before ":" and inside «».
 */
import { about, type PositivePhrase } from './types';

export const positives: PositivePhrase[] = [
  ...about('bella-1', [
    'U.S. Seizes Russian-Flagged Tanker Bella 1 in the North Atlantic',
    'US COAST GUARD BOARDS BELLA 1 AFTER WEEKS-LONG CHASE',
    'The Bella-1 was renamed Marinera and put on the Russian register mid-chase.',
    'Moscow demands the release of the crew of the tanker Marinera',
    "Zakharova said Trump had agreed to free two Russians from the Marinera's crew.",
    'The cutter USCGC Munro shadowed the Marinera across the Atlantic.',
    "Bella 1's owners have not commented on the seizure.",
    'bella 1 seizure: what we know so far',
    'The shadow fleet tanker (Marinera) was empty when U.S. forces boarded it.',
    'Officials said the ship, IMO 9230880, was sailing under a false Guyanese flag.',
    'M/V Bella 1 — now the Marinera — was sanctioned in 2024.',
    'Washington calls the Bella\u00a01 stateless',
    'Marinera tanker crew members released, Moscow says',
    'Some outlets spelled the ship’s name Bella I.',
    'MV Marinera: the tanker that changed flags mid-chase',
    'США захватили танкер «Белла 1» в Северной Атлантике', // ru
    'Танкер «Маринера» шёл под российским флагом, заявил МИД', // ru
    'Захват танкера «Маринера» Захарова назвала нарушением морского права', // ru
    'США захопили танкер «Марінера» тіньового флоту', // uk
    'Танкер Белла-1 перейменували на «Марінера»', // uk
    'USA beschlagnahmen den Tanker „Marinera“ der russischen Schattenflotte', // de
    'Les États-Unis saisissent le pétrolier Marinera, ex-Bella 1', // fr
    'Le pétrolier «\u202fMarinera\u202f» arraisonné dans l’Atlantique Nord', // fr
    'Estados Unidos incauta el petrolero Marinera en el Atlántico Norte', // es
    '“Bella 1” was empty when it was boarded, officials said',
    'BELLA-1 SEIZURE: RUSSIA CALLS IT PIRACY',
    'The Bella-1/Marinera had been tracked since December.',
    'Экипаж танкера «Маринеры» освобождён', // ru
    'Russia protests the seizure of the oil tanker Marinera',
  ]),

  ...about('naval-drills-south-africa', [
    'Exercise Will for Peace 2026 Opens in Simon’s Town',
    'WILL FOR PEACE 2026: CHINA, RUSSIA AND IRAN WARSHIPS IN FALSE BAY',
    "Iran's Naghdi joined the sea phase of Will for Peace despite Ramaphosa's order",
    'Chinese, Russian and Iranian warships gather in False Bay for naval drills',
    "The Russian corvette Stoikiy docked at Simon's Town on Friday.",
    'The drill was originally planned as Mosi III.',
    'BRICS Plus naval drills off the Cape draw a U.S. rebuke',
    'What the BRICS+ naval exercise says about Pretoria’s foreign policy',
    'Iranian frigate Makran arrives in Simonstown for the naval exercise',
    'The U.S. Embassy voiced “concern and alarm” over the naval exercise in South Africa',
    'naval drills in South Africa: who took part and who stayed away',
    'SA Navy hosts the Chinese destroyer Tangshan in South African waters',
    'The UAE’s Bani Yas also sailed in Will for Peace.',
    'Ramaphosa orders an inquiry into Exercise Will for Peace',
    'Учения «Воля к миру 2026» начались у берегов ЮАР', // ru
    'Корвет «Стойкий» примет участие в учениях БРИКС+', // ru
    'Россия, Китай и Иран провели учения у берегов ЮАР', // ru
    'Росія, Китай та Іран провели навчання біля берегів ПАР', // uk
    'Навчання «Воля до миру 2026» стартували в Саймонстауні', // uk
    'Marinemanöver vor Südafrika: China führt, Russland und Iran machen mit', // de
    'Un exercice naval en Afrique du Sud réunit la Chine, la Russie et l’Iran', // fr
    'Exercices navals en Afrique du Sud\u202f: l’Iran relégué au rang d’observateur', // fr
    '“Will for Peace 2026” puts Pretoria’s neutrality to the test',
    'Iran’s IRIS Naghdi sailed in Will for Peace despite the observer order',
  ]),

  ...about('maduro-capture', [
    'Delta Force Captures Nicolás Maduro in Caracas Raid',
    'NICOLAS MADURO PLEADS NOT GUILTY IN MANHATTAN COURT',
    "Maduro's capture stuns Latin America",
    'Operation Absolute Resolve: how the raid on Caracas unfolded',
    'Trump on capturing Putin: “I don’t think it’s going to be necessary”',
    "Venezuela's Maduro flown to New York to face narco-terrorism charges",
    'Caracas after Maduro: Delcy Rodríguez sworn in as acting president',
    'Cilia Flores and Maduro appeared before Judge Alvin Hellerstein.',
    '“Capture Putin?” Trump asked after the Maduro raid',
    'The Maduro capture was months in the planning, Gen. Dan Caine said.',
    'VENEZUELA AFTER MADURO: WHO IS IN CHARGE IN CARACAS?',
    'Захват Мадуро: Москва назвала операцию США вооружённой агрессией', // ru
    'Николас Мадуро доставлен в Нью-Йорк', // ru
    'Бывший президент Венесуэлы Мадуро предстал перед судом', // ru
    'Захоплення Мадуро: що відомо про операцію США у Венесуелі', // uk
    'Ніколаса Мадуро вивезли до Нью-Йорка', // uk
    'Festnahme Maduros: Russland spricht von bewaffneter Aggression', // de
    'Nach der Gefangennahme Maduros übernimmt Delcy Rodríguez', // de
    'La capture de Maduro par les forces spéciales américaines', // fr
    'Après l’enlèvement de Maduro, Moscou dénonce une agression', // fr
    'Operación Determinación Absoluta: así fue la captura de Maduro', // es
    'MADURO’S CAPTURE: WHAT COMES NEXT FOR VENEZUELA',
    'Мадуро після захоплення: Венесуела без президента', // uk
  ]),

  ...about('russia-oil-sanctions-bill', [
    'Graham Says Trump “Greenlit” Russia Sanctions Bill',
    'SANCTIONING RUSSIA ACT COULD GET A SENATE VOTE NEXT WEEK',
    'The Sanctioning Russia Act of 2025 (S.1241) sits in the Senate Banking Committee.',
    'H.R. 2548, the House companion, is led by Rep. Brian Fitzpatrick.',
    'The Graham-Blumenthal bill would impose tariffs on buyers of Russian oil.',
    'India braces for the 500% tariff bill',
    'Senators push 500 percent tariffs on countries that buy Russian oil',
    'Graham’s sanctions bill now has 84 co-sponsors',
    "Graham's sanctions bill was softened at the White House's request",
    'Senate Eyes Russian Sanctions Bill as Talks Stall',
    'Why the sanctions bill against Russia has not reached the floor',
    'Russia sanctions legislation: what changed at the White House’s request',
    'A 500% tariff on buyers of Russian crude, Graham says',
    'Трамп одобрил законопроект Грэма о санкциях против России', // ru
    'Законопроект Грэма предусматривает пошлины в 500%', // ru
    'Пошлины в 500% для покупателей российской нефти', // ru
    'Законопроєкт Грема про санкції проти Росії досі не винесли на голосування', // uk
    'Sanktionsgesetz gegen Russland: Trump gibt grünes Licht', // de
    'Das Russland-Sanktionsgesetz von Graham und Blumenthal', // de
    'Le projet de loi Graham menace l’Inde et la Chine', // fr
    'Un projet de loi de sanctions contre la Russie bloqué au Sénat', // fr
    'The Graham–Blumenthal bill (S. 1241) has 84 co-sponsors',
    'What a 500%-tariff bill would mean for India and China',
  ]),

  ...about('hypersonic-strikes', [
    'Russia Fires Oreshnik Missile at Lviv Region Near Polish Border',
    'ORESHNIK STRIKE: UN SECURITY COUNCIL TO HOLD EMERGENCY MEETING',
    "The Oreshnik's second use came on the night of 8 January.",
    'Tammy Bruce called the Oreshnik strike a “dangerous and inexplicable escalation”',
    "Russia's hypersonic missile hit the Lviv region, Kyiv says",
    'Intermediate-range ballistic missile strikes western Ukraine',
    'Russia fired an IRBM at Dnipro in November 2024',
    'Russia’s hypersonic weapons strike Ukrainian targets',
    'The Hazel missile, as the name translates, flew at Mach 10, Putin claimed.',
    'Putin touts the Oreshnik (Орешник) as impossible to intercept',
    'Удар «Орешником» по Львовской области обсудили в Совбезе ООН', // ru
    'Россия применила ракету «Орешник»', // ru
    'Ракета «Орешник» летит со скоростью 10 Махов, утверждает Путин', // ru
    'Гиперзвуковая ракета ударила по Украине', // ru
    'Росія вдарила «Орєшніком» по Львівщині', // uk
    'Гіперзвукова ракета вразила Львівщину, повідомили в Україні', // uk
    'Russland feuert Oreschnik-Rakete auf die Westukraine ab', // de
    'Hyperschallrakete Oreschnik: Was über die Waffe bekannt ist', // de
    'La Russie a tiré un missile Orechnik près de Lviv', // fr
    'Un missile hypersonique a frappé l’Ukraine, selon Kyiv', // fr
    'Russia deploys Oreshniks to Belarus, Lukashenko says, as strikes on Ukraine go on',
    '«Орешник» заступил на боевое дежурство в Белоруссии', // ru
    'Zahl der Oreschniks in Belarus unklar', // de
  ]),

  ...about('security-guarantees', [
    'Coalition of the Willing Adopts Paris Declaration on Ukraine',
    'SECURITY GUARANTEES FOR UKRAINE: WHAT WASHINGTON OFFERED',
    'U.S. offers “Article 5-like” guarantees to Kyiv',
    'Zelensky hails the Paris Declaration as a breakthrough',
    'Macron hosts the coalition of the willing at the Élysée',
    "Ukraine's security guarantees hinge on Congress",
    'Starmer: British troops could join a multinational force for Ukraine',
    'Robust Security Assurances for a Solid and Lasting Peace in Ukraine',
    'Western security guarantees for Kyiv remain vague',
    'An Article 5-style guarantee would need a vote in Congress',
    'Ukrainian security guarantees: the fine print',
    'Коалиция желающих одобрила гарантии безопасности для Украины', // ru
    'Гарантии безопасности Украине обсудили в Париже', // ru
    'Захарова: войска коалиции желающих на Украине станут законными целями', // ru
    'Гарантії безпеки для України: що підписали в Парижі', // uk
    'Коаліція охочих ухвалила Паризьку декларацію щодо України', // uk
    'Sicherheitsgarantien für die Ukraine: Koalition der Willigen einigt sich in Paris', // de
    'Selenskyj begrüßt die Pariser Erklärung', // de
    'Garanties de sécurité pour l’Ukraine\u202f: la coalition des volontaires réunie à Paris', // fr
    'La Déclaration de Paris signée à l’Élysée par 35 pays', // fr
  ]),

  ...about('us-peace-plan', [
    'Kremlin Says It Has Not Received 28-Point Peace Plan Officially',
    'THE 28-POINT PLAN FOR UKRAINE: WHAT’S IN IT',
    'Zelensky unveils a 20-point peace framework',
    'Peskov: U.S. peace plan received only informally',
    'Ukraine peace plan talks move to Abu Dhabi',
    "Trump's peace plan for Ukraine, explained",
    'The Abu Dhabi trilateral brought U.S., Russian and Ukrainian officials together',
    'Lavrov says the 28-point plan arrived “through unofficial channels”',
    'Dmitriev brought the American peace plan back to Moscow',
    'Kostyukov led Russia’s delegation at the talks in Abu Dhabi',
    'The 28-point peace proposal leaked in November',
    'Мирный план по Украине: Песков прокомментировал', // ru
    'План из 28 пунктов предусматривает отказ Украины от НАТО', // ru
    'Зеленский представил план из 20 пунктов', // ru
    'План із 28 пунктів: що пропонують США', // uk
    'Зеленський оприлюднив мирний план США', // uk
    'Friedensplan für die Ukraine: Kreml prüft den 28-Punkte-Plan', // de
    'Selenskyj legt einen 20-Punkte-Plan vor', // de
    'Plan de paix en 28 points\u202f: Moscou temporise', // fr
    'Le plan de paix pour l’Ukraine divise les Européens', // fr
  ]),

  ...about('florida-talks', [
    'Dmitriev Heads to Miami for Talks With Witkoff and Kushner',
    'Witkoff-Dmitriev talks in Miami called “constructive”',
    "Putin's envoy in Florida talks with Trump's team",
    'Kremlin envoy Kirill Dmitriev arrives in Miami',
    "RDIF chief Dmitriev's Miami meeting with Rubio and Bessent",
    'MIAMI TALKS WITH RUSSIAN ENVOY WERE CONSTRUCTIVE, DMITRIEV SAYS',
    'conversations taking place in Florida between U.S. and Russian officials',
    'A Russian delegation holds talks in Florida',
    'The Dmitriev-Witkoff channel has bypassed Kyiv',
    'Witkoff–Dmitriev meeting ends without Ukraine at the table',
    'Дмитриев провёл переговоры в Майами с Уиткоффом', // ru
    'Переговоры во Флориде: Дмитриев встретился с Кушнером', // ru
    'Дмитриев во Флориде: что известно о встрече', // ru
    'Дмитрієв прибув до Маямі', // uk
    'Переговори у Флориді: Дмитрієв і Віткофф', // uk
    'Dmitrijew zu Gesprächen in Miami eingetroffen', // de
    'Dmitriev à Miami pour des pourparlers avec Witkoff', // fr
    'Les pourparlers de Miami entre Dmitriev et Kushner', // fr
  ]),

  ...about('alaska-summit', [
    'Trump and Putin Meet at Alaska Summit',
    'ALASKA SUMMIT ENDS WITHOUT A DEAL',
    "Lavrov invokes the 'spirit of Anchorage'",
    "The Anchorage summit's legacy, six months on",
    'Putin in Alaska: his first U.S. visit in a decade',
    'Zelensky was not invited to Anchorage',
    'The summit in Alaska produced no ceasefire',
    'Joint Base Elmendorf–Richardson hosted Putin and Trump',
    'Moscow keeps citing “Anchorage understandings”',
    'Ushakov: the understandings reached in Alaska still stand',
    'The Trump-Putin summit in Alaska lasted about three hours',
    'Саммит на Аляске завершился без соглашения', // ru
    'Лавров: дух Анкориджа жив', // ru
    'Путин прилетел на Аляску', // ru
    'Договорённости, достигнутые в Анкоридже, по словам Ушакова, в силе', // ru
    'Саміт на Алясці: Путін і Трамп не домовилися', // uk
    'Путін на Алясці вперше за десять років відвідав США', // uk
    'Alaska-Gipfel: Putin und Trump ohne Einigung', // de
    'Beim Gipfeltreffen in Alaska gab es keinen Deal', // de
    'Sommet d’Alaska\u202f: pas d’accord entre Trump et Poutine', // fr
    'Le Kremlin invoque l’esprit d’Anchorage', // fr
    'Gipfel in Anchorage: Putin trifft Trump', // de
  ]),

  ...about('istanbul-talks', [
    'Russia and Ukraine Hold First Direct Talks in Istanbul Since 2022',
    'ISTANBUL TALKS YIELD 1,000-FOR-1,000 PRISONER SWAP',
    'Medinsky leads the Russian delegation to Istanbul',
    'Umerov: the next round will again be in Istanbul',
    'Istanbul peace talks between Moscow and Kyiv last barely 40 minutes',
    'Inside the Dolmabahçe talks',
    'Çırağan talks end with a deal on the return of 6,000 bodies',
    'The İstanbul round ended with another prisoner exchange',
    'Istanbul negotiations: Russian and Ukrainian delegations swap memoranda',
    'Переговоры в Стамбуле завершились обменом пленными', // ru
    'Мединский прибыл в Стамбул', // ru
    'Итоги стамбульских переговоров: обмен пленными и ни слова о перемирии', // ru
    'Переговори в Стамбулі: Умєров очолив делегацію', // uk
    'Стамбульські переговори завершилися обміном полоненими', // uk
    'Istanbuler Gespräche zwischen Russland und der Ukraine', // de
    'Gespräche in Istanbul: Gefangenenaustausch vereinbart', // de
    'Les pourparlers d’Istanbul entre la Russie et l’Ukraine', // fr
    'Négociations d’Istanbul\u202f: nouvel échange de prisonniers', // fr
    'Russia and Ukraine swap prisoners after the latest Istanbul talks',
  ]),

  ...about('cybersecurity-dialogue', [
    'Russia Ready to Resume Cybersecurity Cooperation With U.S., Khramov Says',
    'Russia-U.S. cybersecurity dialogue could restart',
    'Moscow pushes “international information security” at the UN',
    'The REvil takedown came out of a cybersecurity working group set up after Geneva',
    'Moscow and Washington once cooperated on cyber security',
    'US-Russia cyber dialogue: a short history',
    'The U.S.-Russia cybersecurity channel was closed in 2022',
    'Khramov told Kommersant that cyber cooperation could resume',
    'Russian-American cybersecurity cooperation stalled after 2022',
    'CYBERSECURITY COOPERATION WITH WASHINGTON POSSIBLE, RUSSIAN SECURITY COUNCIL SAYS',
    'Храмов: Россия готова возобновить сотрудничество с США по кибербезопасности', // ru
    'Международная информационная безопасность в повестке Совбеза', // ru
    'Россия и США: сотрудничество в сфере кибербезопасности', // ru
    'Пауза в российско-американских консультациях по кибербезопасности', // ru
    'Росія і США можуть відновити співпрацю у сфері кібербезпеки', // uk
    'Russland und die USA: Neustart bei der Cybersicherheit?', // de
    'Moscou et Washington pourraient relancer leur dialogue sur la cybersécurité', // fr
  ]),

  ...about('brics', [
    'BRICS Summit Opens in Rio de Janeiro',
    'INDIA TAKES OVER BRICS CHAIR FOR 2026',
    "BRICS's expansion to ten members",
    'Brics leaders gather in Rio',
    'Nigeria becomes a BRICS partner country',
    'Indonesia joins BRICS as a full member',
    'Analysts called it “BRICS in name only”',
    'Saudi Arabia’s status in BRICS remains unclear',
    'BRICS Plus partner countries now number ten',
    'What BRICS+ means for the dollar',
    'The BRICS-led New Development Bank',
    'Vietnam becomes the tenth BRICS\u00a0partner',
    'Brazil, Russia, India, China and South Africa (BRICS) founded the bloc',
    'Саммит БРИКС в Рио-де-Жанейро', // ru
    'Страны БРИКС+ обсудили расчёты в национальных валютах', // ru
    'БРІКС розширюється: Індонезія стала повноправним членом', // uk
    'BRICS-Gipfel in Rio: Brasilien empfängt die Staatschefs', // de
    'Les BRICS accueillent l’Indonésie', // fr
    'Brics-Staaten wollen den Dollar umgehen', // de
    'The BRICS’ new members met for the first time',
  ]),

  // Written for the hidden-set audit (issue #11): the languages of pages not yet seen (Nordic, Baltic,
  // South Slavic, Belarusian, Turkic, Albanian, Catalan, Malay, Indic, Thai, Swahili…), inflected and
  // paraphrased forms in the main ones, and CJK sentences whose near-rule words share one clause.
  ...about('alaska-summit', [
    'Trump och Putin möttes i Alaska i augusti.', // sv
    'Trump og Putin mødtes til topmødet i Alaska.', // da
    'Trump og Putin møttes på Alaska.', // nb
    'Trump ja Putin tapasivat Alaskassa elokuussa.', // fi
    'Trump ja Putin kohtusid Alaskal.', // et
    'Trumpas ir Putinas susitiko Aliaskoje.', // lt
    'Tramps un Putins tikās Aļaskā.', // lv
    'Trump a Putin sa stretli na Aljaške.', // sk
    'Trump in Putin sta se srečala na Aljaski.', // sl
    'Trump i Putin sastali su se na Aljasci.', // hr
    'Трамп и Путин састали су се на Аљасци.', // sr
    'Tramp i Putin sastali su se na Aljasci.', // sr
    'Трамп и Путин се сретнаа на Алјаска.', // mk
    'Тръмп и Путин се срещнаха в Аляска.', // bg
    'Трамп і Пуцін сустрэліся на Алясцы.', // be
    'Трамп пен Путин Аляскада кездесті.', // kk
    'Tramp va Putin Alyaskada uchrashdi.', // uz
    'Tramp və Putin Alyaskada görüşdü.', // az
    'ტრამპი და პუტინი ალასკაზე შეხვდნენ ერთმანეთს.', // ka
    'Թրամփն ու Պուտինը հանդիպեցին Ալյասկայում։', // hy
    'Trump dhe Putin u takuan në Alaskë.', // sq
    'Trump i Putin es van reunir a Alaska.', // ca
    'Trump eta Putin Alaskan elkartu ziren.', // eu
    'Trump e Putin reuníronse en Alasca.', // gl
    'Trump en Poetin het in Alaska ontmoet.', // af
    'Trump dan Putin bertemu di Alaska.', // ms
    'ทรัมป์และปูตินพบกันที่อะแลสกา', // th
    'ٹرمپ اور پیوٹن کی الاسکا میں ملاقات ہوئی۔', // ur
    'ट्रंप और पुतिन की अलास्का में मुलाकात हुई।', // hi
    'ট্রাম্প ও পুতিন আলাস্কায় বৈঠক করেন।', // bn
    'ट्रम्प आणि पुतिन यांची अलास्कामध्ये भेट झाली.', // mr
    'டிரம்ப் மற்றும் புடின் அலாஸ்காவில் சந்தித்தனர்.', // ta
    'Trump na Putin walikutana Alaska.', // sw
    'ترامپ و پوتین در آلاسکا دیدار کردند.', // fa
    'טראמפ ופוטין נפגשו באלסקה.', // he
    'Ông Trump và ông Putin gặp nhau tại Alaska.', // vi
    'Trump és Putyin Alaszkában találkozott.', // hu
    'Trump și Putin s-au întâlnit în Alaska.', // ro
    'Τραμπ και Πούτιν συναντήθηκαν στην Αλάσκα.', // el
    'Trump a Putin se setkali na Aljašce.', // cs
    'Since the Anchorage meeting, Moscow has insisted on the \"understandings\" reached there.', // en
    'The Kremlin still cites the spirit of Anchorage.', // en
    'После саммита в Анкоридже Лавров заявил о «понимании», достигнутом с американцами.', // ru
    'Nach dem Treffen in Anchorage blieb ein Waffenstillstand aus.', // de
    'Depuis la rencontre d\'Anchorage, Moscou évoque un « esprit d\'Anchorage ».', // fr
    'Tras la cumbre de Anchorage, el Kremlin habló de \"entendimientos\".', // es
    'Po szczycie na Alasce Kreml mówił o „porozumieniach”.', // pl
    '普京与特朗普在安克雷奇举行会晤。', // zh
    'قال الكرملين إن تفاهمات قمة ألاسكا لا تزال قائمة.', // ar
    'Після саміту на Алясці Кремль заговорив про «дух Анкориджа».', // uk
    'Az alaszkai csúcson Trump és Putyin nem jutott megállapodásra.', // hu
    'Na de top in Alaska bleef een staakt-het-vuren uit.', // nl
  ]),
  ...about('hypersonic-strikes', [
    'Ryssland avfyrade en Oresjnik-robot mot Lviv.', // sv
    'Rusland affyrede et Oresjnik-missil mod Ukraine.', // da
    'Venäjä ampui Orešnik-ohjuksen Lvivin alueelle.', // fi
    'Venemaa tulistas Ukraina pihta raketi Orešnik.', // et
    'Rusija paleido raketą „Orešnik“ į Lvivo sritį.', // lt
    'Krievija raidīja raķeti \"Orešņik\" uz Ukrainu.', // lv
    'Rusko zaútočilo na Ľvov raketou Orešnik.', // sk
    'Rusija je nad Ukrajino izstrelila raketo orešnik.', // sl
    'Русија је испалила ракету Орешник на Лавов.', // sr
    'Русија лансираше ракета Орешник врз Украина.', // mk
    'Русия изстреля ракета „Орешник“ срещу Лвов.', // bg
    'Расія ўдарыла па Львове ракетай «Арэшнік».', // be
    'რუსეთმა ლვოვზე „ორეშნიკი“ გაისროლა.', // ka
    'Rusia lëshoi raketën Oreshnik drejt Lvivit.', // sq
    'Rusia menembakkan rudal Oreshnik ke wilayah Lviv.', // id
    'रूस ने यूक्रेन पर ओरेशनिक मिसाइल दागी।', // hi
    'روسیه موشک اورشنیک را به سوی لویو شلیک کرد.', // fa
    'רוסיה שיגרה טיל אורשניק לעבר לבוב.', // he
    'Nga phóng tên lửa Oreshnik vào Lviv.', // vi
    'Oroszország Oresnyik rakétát lőtt ki Lvivre.', // hu
    'Rusia a lansat o rachetă Oreșnik asupra regiunii Liov.', // ro
    'Η Ρωσία εκτόξευσε πύραυλο Ορέσνικ κατά του Λβιβ.', // el
    'Rusko vypálilo na Lvov raketu Orešnik.', // cs
    'ORESHNIK STRIKE ON LVIV: WHAT WE KNOW', // en
    'Russia said its Oreshnik missiles are now on combat duty in Belarus.', // en
    'Минобороны РФ сообщило о применении комплекса «Орешник» по объектам на Украине.', // ru
    'Der Einsatz der Oreschnik gilt als Warnung an den Westen.', // de
    'El Oreshnik impactó en la región de Leópolis, según Kiev.', // es
    'Atak Oresznikiem na obwód lwowski potępiła Rada Bezpieczeństwa.', // pl
    'Удар «Орєшніком» по Львівщині засудили в Радбезі ООН.', // uk
  ]),
  ...about('security-guarantees', [
    'De villigas koalition enades om säkerhetsgarantier för Ukraina i Paris.', // sv
    'Koalitionen af villige vedtog sikkerhedsgarantier til Ukraine.', // da
    'Koalisjonen av villige ble enige om sikkerhetsgarantier for Ukraina.', // nb
    'Halukkaiden koalitio sopi Pariisissa turvatakuista Ukrainalle.', // fi
    'Tahtekoalitsioon leppis Pariisis kokku Ukraina julgeolekugarantiides.', // et
    'Norinčiųjų koalicija Paryžiuje sutarė dėl saugumo garantijų Ukrainai.', // lt
    'Koalícia ochotných sa v Paríži dohodla na bezpečnostných zárukách pre Ukrajinu.', // sk
    'European leaders meeting in Paris pledged a multinational force for Ukraine once a ceasefire is in place.', // en
    'Лавров заявил, что размещение войск «коалиции желающих» на Украине недопустимо.', // ru
    'Die Koalition der Willigen will nach einem Waffenstillstand Truppen in die Ukraine schicken.', // de
    'La Déclaration de Paris prévoit une force multinationale en Ukraine après un cessez-le-feu.', // fr
    '有志国連合はパリで停戦後の多国籍軍派遣を協議した。', // ja
  ]),
  ...about('us-peace-plan', [
    'USA:s fredsplan med 28 punkter kritiserades i Kiev.', // sv
    'Den amerikanske fredsplanen på 28 punkter ble kritisert i Kyiv.', // nb
    'Americký mierový plán o 28 bodoch počíta s územnými ústupkami.', // sk
    'Američki mirovni plan od 28 točaka predviđa ustupke Ukrajine.', // hr
    'El pla de pau de 28 punts dels Estats Units preveu concessions territorials.', // ca
    'Kyiv objected to several points of Washington\'s proposal to end the war, including the cession of Donbas.', // en
    'The revised 20-point draft was discussed in Berlin with Zelensky.', // en
    'Ушаков назвал американский план из 28 пунктов основой для урегулирования.', // ru
    'Selenskyj legte einen überarbeiteten 20-Punkte-Plan vor.', // de
    'Le plan en 20 points présenté par Zelensky a été transmis à Moscou.', // fr
    'Zelenski presentó el plan de 20 puntos a sus aliados europeos.', // es
    'Zelensky ha presentato il piano in 20 punti ai partner europei.', // it
    '泽连斯基公布了20点和平框架。', // zh
    'ゼレンスキー大統領は20項目の和平案を公表した。', // ja
    '젤렌스키 대통령은 20개항 평화안을 공개했다.', // ko
    'قدم زيلينسكي خطة من 20 بندا إلى الحلفاء الأوروبيين.', // ar
    'Зеленський презентував мирний план з 20 пунктів.', // uk
  ]),
  ...about('istanbul-talks', [
    'Ryska och ukrainska delegationer möttes i Istanbul för direkta samtal.', // sv
    'Venäjän ja Ukrainan valtuuskunnat tapasivat Istanbulissa.', // fi
    'Delegácie Ruska a Ukrajiny sa stretli v Istanbule.', // sk
    'Rusiya və Ukrayna nümayəndə heyətləri İstanbulda danışıqlar apardı.', // az
    'Les delegacions russa i ucraïnesa es van reunir a Istanbul.', // ca
    'Phái đoàn Nga và Ukraine gặp nhau tại Istanbul.', // vi
    'The third round of Istanbul talks lasted less than an hour.', // en
    'Стамбульские переговоры завершились обменом пленными.', // ru
    'Die Istanbuler Gespräche brachten einen Gefangenenaustausch.', // de
    'Les pourparlers d\'Istanbul ont débouché sur un échange de prisonniers.', // fr
    'Las negociaciones de Estambul terminaron con un canje de prisioneros.', // es
    'I negoziati di Istanbul si sono conclusi con uno scambio di prigionieri.', // it
    'Rozmowy w Stambule zakończyły się wymianą jeńców.', // pl
    '俄乌第三轮伊斯坦布尔谈判结束，双方同意交换战俘。', // zh
    'イスタンブールでの直接協議で捕虜交換に合意した。', // ja
    '이스탄불 협상에서 양측은 포로 교환에 합의했다.', // ko
    'انتهت جولة مفاوضات إسطنبول بين روسيا وأوكرانيا بتبادل للأسرى.', // ar
    'Стамбульські переговори завершилися обміном полоненими.', // uk
    'İstanbul görüşmelerinde esir takası konusunda anlaşma sağlandı.', // tr
    'As negociações de Istambul terminaram com uma troca de prisioneiros.', // pt
  ]),
  ...about('maduro-capture', [
    'Maduro greps av amerikanska specialstyrkor i Caracas.', // sv
    'Yhdysvaltain erikoisjoukot vangitsivat Maduron Caracasissa.', // fi
    'JAV pajėgos sulaikė Venesuelos prezidentą Nicolásą Maduro.', // lt
    'ASV spēki sagūstīja Venecuēlas prezidentu Maduro.', // lv
    'Americké jednotky zajali venezuelského prezidenta Madura.', // sk
    'Ameriške sile so v Caracasu ujele Madura.', // sl
    'Američke snage uhitile su Madura u Caracasu.', // hr
    'Америчке снаге ухапсиле су Мадура у Каракасу.', // sr
    'Американските сили заловиха Мадуро в Каракас.', // bg
    'ABŞ xüsusi təyinatlıları Maduronu Karakasda saxladı.', // az
    'Les forces nord-americanes van capturar Maduro a Caracas.', // ca
    'Tentera AS menangkap Presiden Venezuela Nicolas Maduro.', // ms
    'กองกำลังสหรัฐจับกุมนายนิโคลัส มาดูโร', // th
    'अमेरिकी सेना ने वेनेजुएला के राष्ट्रपति मादुरो को पकड़ लिया।', // hi
    'Vikosi vya Marekani vilimkamata Rais Nicolás Maduro wa Venezuela.', // sw
  ]),
  ...about('russia-oil-sanctions-bill', [
    'Lindsey Graham säger att Trump har gett grönt ljus för sanktionslagen mot Ryssland.', // sv
  ]),
  ...about('florida-talks', [
    'Kirill Dmitrijev träffade Witkoff och Kushner i Miami.', // sv
    'Дмитриев назвал переговоры в Майами конструктивными.', // ru
    'Witkoff und Kushner empfingen den Kreml-Gesandten Dmitrijew in Miami.', // de
  ]),
  ...about('brics', [
    'Brics-landene holder topmøde i Indien.', // da
    'Brics-maiden huippukokous pidetään Intiassa.', // fi
    'Samit BRIKS održan je u Kazanju.', // sr
    'Беларусь стала партнёрам БРІКС.', // be
    'БРИКС саммиті Қазанда өтті.', // kk
    'BRIKS sammiti Qozonda bo‘lib o‘tdi.', // uz
    'BRİKS sammiti Kazanda keçirildi.', // az
    'ԲՐԻԿՍ-ի գագաթնաժողովը կայացավ Կազանում։', // hy
    'Samiti i BRICS u mbajt në Kazan.', // sq
    'Malaysia menyertai BRICS sebagai negara rakan kongsi.', // ms
    'การประชุมสุดยอดกลุ่มบริกส์จัดขึ้นที่บราซิล', // th
    'برکس کا سربراہی اجلاس برازیل میں ہوا۔', // ur
    'ब्रिक्स शिखर सम्मेलन भारत में होगा।', // hi
    'ব্রিকস সম্মেলন ব্রাজিলে অনুষ্ঠিত হয়েছে।', // bn
    'பிரிக்ஸ் உச்சி மாநாடு பிரேசிலில் நடைபெற்றது.', // ta
    'Mkutano wa BRICS ulifanyika Brazil.', // sw
    'اجلاس بریکس در برزیل برگزار شد.', // fa
    'Trump threatened extra tariffs on countries aligning with BRICS.', // en
    'Страны БРИКС обсудили расчёты в национальных валютах.', // ru
    'Die BRICS-Gruppe hat neue Mitglieder aufgenommen.', // de
    'تسعى دول البريكس إلى تقليل الاعتماد على الدولار.', // ar
    'Türkiye BRICS\'e katılmak için başvurdu.', // tr
  ]),
  ...about('bella-1', [
    'The Marinera\'s crew included two Russians, Moscow said.', // en
    'Экипаж «Маринеры» освобождён, сообщила Захарова.', // ru
  ]),
  ...about('naval-drills-south-africa', [
    '中国、俄罗斯、伊朗与南非举行“和平意志-2026”海上联合演习。', // zh
    '中国、ロシア、イランの艦艇が南アフリカ沖で合同軍事演習を実施した。', // ja
    '중국과 러시아, 이란 해군이 남아공 인근 해상에서 연합훈련을 벌였다.', // ko
    'China, Russia and Iran began joint naval drills off South Africa on Friday.', // en
    'South Africa\'s hosting of the Will for Peace exercise angered Washington.', // en
  ]),
  ...about('cybersecurity-dialogue', [
    '俄方愿意恢复与美国在网络安全领域的合作。', // zh
    'ロシアは米国とのサイバーセキュリティー分野での協力を再開する用意があると表明した。', // ja
    '러시아는 미국과 사이버 보안 분야 협력을 재개할 준비가 돼 있다고 밝혔다.', // ko
  ]),
];
