/**
 * Hard negatives: phrases that look like a topic of the briefing and are not.
 * Each is read as its own page. Without `notTopic`, no topic at all may be
 * found; with it, only that topic is ruled out.
 */
import type { NegativePhrase } from './types';

const because = (why: string, texts: readonly string[], notTopic?: string): NegativePhrase[] =>
  texts.map((text) => (notTopic ? { text, why, notTopic } : { text, why }));

export const negatives: NegativePhrase[] = [
  ...because('bricks, fabrics and BRIC are not BRICS', [
    'A wall of red bricks collapsed in the storm',
    'BRICKS AND MORTAR RETAILERS STRUGGLE AS SALES MOVE ONLINE',
    'Lego raises the price of its bricks again',
    'SUMMER FABRICS SALE: 40% OFF',
    'Goldman Sachs coined BRIC (Brazil, Russia, India, China) in 2001',
    'The G20 Rio summit in November 2024 focused on hunger',
    'Brick Lane market reopens after the floods',
  ]),

  ...because('marinera the Peruvian dance, or a la marinera the Spanish dish', [
    'She danced the marinera at the festival in Trujillo',
    'The Marinera Norteña national contest draws dancers from across Peru',
    'Mejillones a la marinera, a classic Spanish tapa',
    'Marinera: Peru’s National Dance, Explained',
    'Bella danced a marinera with her grandfather at the wedding',
    'Маринера — перуанский парный танец с платком',
  ]),

  ...because('Bella is a name; Bella 10 is not Bella 1', [
    'Bella 10-piece cookware set now on sale',
    'Bella Hadid and Bella Thorne walked the same show',
    'Oil tanker runs aground off the coast of Alaska',
    'Tanker rates climb as shadow fleet grows, brokers say',
    // A Slavic spelling ("Bela 1") with endings once found an English word before a list number.
    'By clicking “Accept” below, (1) you consent to these terms',
    'See the table below (1) for the figures',
  ]),

  ...because('"will for peace" as a phrase; False Bay, Simon’s Town and Mosi on their own', [
    'Putin says Russia has the will for peace, but Kyiv does not',
    'A will for peace is not enough, the Pope told pilgrims',
    'Shark cage diving in False Bay draws Chinese tourists',
    'Chinese fishing trawlers caught poaching squid in South African waters',
    'The penguin colony at Boulders Beach near Simon’s Town',
    'Mosi-oa-Tunya, "the smoke that thunders", is the local name for Victoria Falls',
    'Mosi lager is brewed in Zambia',
    'Russian and Iranian tourists return to Cape Town beaches',
    'RIMPAC 2026: the U.S. Navy’s exercise off Hawaii',
  ]),

  ...because('maduro cigars, ripe plantains and another Maduro', [
    'A maduro wrapper gives the cigar its dark colour and sweetness',
    'Hedwiges Maduro signs for Valencia',
    'Plátanos maduros are a staple of Venezuelan cooking',
    'Un plátano maduro con queso, the Venezuelan way',
    'Operation Southern Spear targets drug boats in the Caribbean',
    'Capture the flag: a beginner’s guide',
  ]),

  ...because('other tariffs, other sanctions bills, other bill numbers', [
    'Trump slaps 50% tariffs on Indian goods',
    'Would a 500% tariff on Chinese cars work?',
    'Graham’s Iran sanctions bill clears committee',
    'A sanctions bill against Iran passes the House',
    'EU adopts its 19th package of Russia sanctions',
    'Bill S.12410 would change farm subsidies',
    'The 500 percent tariff on imported cigars dates from 1930',
  ]),

  ...because('hypersonic missiles that are not the Oreshnik, and hazel (орешник)', [
    'China tests a hypersonic missile over the Pacific',
    'The U.S. Army’s Dark Eagle hypersonic weapon nears deployment',
    'North Korea claims a successful hypersonic missile launch',
    'North Korea fires an IRBM over Japan',
    'China and Russia race to field hypersonic weapons',
    'Гиперзвуковая ракета «Циркон» испытана в Баренцевом море',
    'Орешник — кустарник с вкусными орехами',
    'Деревня Орешник в Тверской области, Россия',
    'Художник Виктор Орешников родился в Петербурге',
    'The painter Viktor Oreshnikov was born in St Petersburg',
    'Hazelnut harvest in Turkey falls by a third',
    'NASA’s hypersonic flight research takes off again',
  ]),

  ...because('the Iraq coalition, the 2005 and 1856 Paris Declarations, other guarantees', [
    'Iraq 2003: the coalition of the willing invades',
    'Bush thanks the coalition of the willing for its troops in Iraq',
    'Multinational Force – Iraq was formed by the coalition of the willing',
    'The 2005 Paris Declaration on Aid Effectiveness set five principles',
    'The Paris Declaration of 1856 abolished privateering',
    'Paris Agreement on climate: a decade on',
    'Security guarantees for Israel top the agenda in Washington',
    'Коалиция желающих вторглась в Ирак в 2003 году',
    'La Déclaration de Paris sur l’efficacité de l’aide au développement',
    'Article 5 of NATO’s treaty was invoked after 9/11',
  ]),

  ...because('the Gaza plan and other plans and talks', [
    'Trump’s 20-point plan for Gaza calls for a ceasefire and the release of hostages',
    'Hamas responds to the 20-point plan',
    'Netanyahu backs the U.S. peace plan for Gaza',
    'A 28-point plan to fix the city’s potholes',
    'Talks in Abu Dhabi on the war in Sudan',
    'Abu Dhabi talks between India and the UAE on trade',
    'Der 20-Punkte-Plan für Gaza',
    'Le plan en 20 points pour Gaza',
  ]),

  ...because('Florida and Miami on their own', [
    'Florida braces for Hurricane Milton',
    'The Miami Heat beat the Celtics',
    'Spring break crowds return to Miami Beach',
    'Researchers at Florida State University map the jet stream',
    'Miami talks on Venezuelan migration end without a deal',
    'A Russian cosmonaut lifts off from Cape Canaveral, Florida',
    'Переговоры в Майами о будущем Кубы',
    'Trump holds a rally in Florida',
  ]),

  ...because('Alaska and Anchorage on their own, the 1867 sale, the 2021 U.S.–China talks', [
    'Fishing for halibut off Kodiak, Alaska',
    'Alaska Airlines adds nonstop flights from Anchorage to Tokyo',
    'Northern lights season begins in Anchorage',
    'In March 2021 Blinken and Wang Yi clashed at the Anchorage talks',
    'Russia sold Alaska to the United States in 1867',
    'Аляска — самый большой штат США',
    'The yacht found a safe anchorage in the bay',
    'Alaska’s oil drilling plans face a court challenge',
  ]),

  ...because('Istanbul tourism, other talks in Istanbul, the 2022 grain deal', [
    'Istanbul tourism hits a record as Hagia Sophia draws crowds',
    'Galatasaray beat Fenerbahçe in the Istanbul derby',
    'The Black Sea Grain Initiative was signed in Istanbul in July 2022',
    'Ukrainian tourists flock to Istanbul for the New Year',
    'Turkish Airlines opens a new lounge at İstanbul Airport',
    'Стамбул — крупнейший город Турции',
    'Iran and European powers hold nuclear talks in Istanbul',
    'Pakistan and Afghanistan resume peace talks in Istanbul',
    'The Istanbul Convention on violence against women',
    'Українці святкують Новий рік у Стамбулі',
  ]),

  ...because('cybersecurity that is not the Russia–U.S. channel', [
    'Cybersecurity tips for small businesses',
    'Russian hackers target European cybersecurity firms',
    'The U.S.-China cyber dialogue collapsed in 2014',
    'Кибербезопасность для начинающих',
    'Information security jobs in London',
    'Cybersicherheit im Mittelstand',
    'La cybersécurité des hôpitaux français',
    'Кібербезпека в Україні: нові правила для банків',
  ]),

  ...because('the briefing’s world without its topics', [
    'Putin and Xi meet in Beijing',
    'Ukraine war: latest updates',
    'Zelensky visits troops near Kharkiv',
    'The Kremlin comments on oil prices',
    'Russia and the U.S. swap prisoners in Abu Dhabi',
  ]),

  // Written after the pack was tuned, to measure rather than fit. The last two
  // are still read as topics: context is a page-level signal, and these pages
  // do carry the topic's context ("Putin", "Russia and Ukraine").
  ...because('written later, not tuned against: more look-alikes', [
    'U.S. and Russian delegations met in Istanbul to discuss their embassies',
    'A hypersonic missile test by Russia in the Barents Sea',
    'Трамп прилетел во Флориду на выходные',
    'The Gaza stabilisation force: a coalition of the willing for the Middle East',
    'The SA Navy’s base at Simon’s Town turns 70',
    'Cigar review: a Nicaraguan Maduro with notes of cocoa',
    'The Alaskan summit of Denali draws climbers from around the world',
    'Putin jokes that Russia has no plans to take Alaska back',
    'Tourists from Russia and Ukraine flock to Istanbul for the holidays',
  ]),

  // A page that truly mentions one topic must not be read as a neighbour.
  ...because(
    'the Rio BRICS summit is BRICS, not the naval drill',
    ['BRICS leaders met in Rio de Janeiro; Iran and China sent delegations'],
    'naval-drills-south-africa',
  ),
  ...because(
    'the Miami meeting is not the Alaska summit',
    ['Dmitriev met Witkoff in Miami, the Kremlin said'],
    'alaska-summit',
  ),
  ...because(
    'the Bella 1 seizure is not the Maduro raid',
    ['The Coast Guard chased the tanker Bella 1 from the Caribbean near Venezuela'],
    'maduro-capture',
  ),

  // Written for the hidden-set audit (issue #11): the same-name events and words a real front page holds.
  ...because('other talks in Istanbul, other plans, coalitions, tankers, Alaska and Florida news, hazel, bricks, ripe fruit and footballers', [
    'The oreshnik, or hazel, grows wild along the riverbanks.', // en
    'China\'s 12-point peace plan for Ukraine was dismissed by Kyiv and its allies.', // en
    'Beijing\'s twelve-point position paper on the Ukraine crisis called for a ceasefire.', // en
    'The 2022 Istanbul talks between Russia and Ukraine collapsed after Bucha.', // en
    'Hamas and Israel sent delegations to Cairo to discuss Trump\'s 20-point plan.', // en
    'The coalition of the willing invaded Iraq in 2003.', // en
    'The Paris Declaration on Aid Effectiveness was endorsed in 2005.', // en
    'Police seized a tanker carrying smuggled fuel off the coast of Libya.', // en
    'A magnitude 7 earthquake struck Alaska on Tuesday.', // en
    'Florida Panthers beat the Miami Heat in an exhibition match.', // en
    'Hurricane warnings were issued for Florida and Miami.', // en
    'Maduro scored twice for Internacional in the second half.', // en
    'The Senate passed a sanctions bill targeting Iran\'s oil exports.', // en
    'The bricks were laid by hand in the nineteenth century.', // en
    'Erdogan hosted Hamas officials in Istanbul on Saturday.', // en
    'The grain deal was signed in Istanbul in July 2022.', // en
    'Istanbul\'s mayor Ekrem Imamoglu was arrested.', // en
    'The Alaska summit between US and Chinese officials in 2021 was tense.', // en
    'The U.S. and China held talks on cybersecurity cooperation.', // en
    'Israel\'s security guarantees were discussed with Saudi Arabia.', // en
    'Орешник обыкновенный хорошо растёт в тени.', // ru
    'На даче мы посадили орешник и смородину.', // ru
    'Переговоры в Стамбуле в 2022 году завершились подписанием коммюнике.', // ru
    'Китайский мирный план из 12 пунктов не получил поддержки.', // ru
    'В Стамбуле прошло землетрясение.', // ru
    'Ліщина, або орішник, цвіте рано навесні.', // uk
    'Leszczyna, czyli orzesznik, rośnie w lasach.', // pl
    'Der Haselstrauch blüht schon im Februar.', // de
    'Chinas Zwölf-Punkte-Plan für die Ukraine stieß auf Skepsis.', // de
    'Die Gespräche in Istanbul 2022 scheiterten.', // de
    'La marinera es el baile nacional del Perú.', // es
    'El plátano maduro se fríe en aceite.', // es
    'A banana madura é doce; o mamão maduro também.', // pt
    'El delantero Maduro marcó un gol en la final.', // es
    'Cihly se vyrábějí z pálené hlíny.', // cs
    '金砖铺地是明清皇宫的特色。', // zh
    '中国提出的12点和平方案呼吁停火。', // zh
    '糖度はブリックスで表される。', // ja
    '중국의 12개항 평화안은 휴전을 촉구했다.', // ko
    'Tegelstenar används i husbyggen.', // sv
    'İstanbul\'da deprem korkusu yaşandı.', // tr
    'İstanbul\'da Hamas heyeti ile görüşme yapıldı.', // tr
    'Le plan de paix chinois en douze points a été rejeté par Kiev.', // fr
    'La Florida è stata colpita da un uragano.', // it
    'Turkey hosted talks between Syria\'s new government and Kurdish groups in Istanbul.', // en
    'In March 2022, Russian and Ukrainian negotiators met at Dolmabahçe Palace in Istanbul.', // en
    'The Black Sea grain initiative was agreed in Istanbul.', // en
    'Galatasaray beat Fenerbahçe in Istanbul on Sunday.', // en
    'A US-led coalition of the willing fought in Iraq.', // en
    'The Paris climate agreement was signed in 2015.', // en
    'Greenpeace activists boarded a tanker in the North Sea.', // en
    'Iran seized a British-flagged tanker in the Strait of Hormuz in 2019.', // en
    'Trump hosted Xi Jinping at Mar-a-Lago in Florida in 2017.', // en
    'The Miami Dolphins lost to the Buffalo Bills.', // en
    'Florida Governor Ron DeSantis signed a new immigration law.', // en
    'Alaska Airlines cancelled flights after the storm.', // en
    'The Alaska Native corporations met in Anchorage to discuss fishing rights.', // en
    'Senators introduced a bill to sanction China over Hong Kong.', // en
    'The Senate voted on sanctions against Iran and North Korea.', // en
    'Putin and Biden met in Geneva in June 2021.', // en
    'The peace plan for Gaza calls for Hamas to disarm.', // en
    'Trump\'s 20-point plan for Gaza was endorsed by the UN Security Council.', // en
    'Our neighbourhood plan has 28 points about potholes and parking.', // en
    'Germany\'s security guarantees for Israel are a matter of state.', // en
    'Kinzhal is a Russian word for dagger.', // en
    'The Marinera festival in Trujillo draws thousands of dancers.', // en
    'BRICK BY BRICK: how the Lego group rebuilt its business', // en
    'Hypersonic missile tests by China and North Korea alarm Japan.', // en
    'The FBI warned of ransomware attacks on hospitals by criminal hackers.', // en
    'Biden signed an executive order on cybersecurity.', // en
    'The US and the UK signed a cybersecurity cooperation agreement.', // en
    'Venezuela\'s Maduro won a disputed election in 2024.', // en
    'В Стамбуле в 2022 году делегации России и Украины парафировали коммюнике.', // ru
    'Ракета «Кинжал» была испытана в 2018 году.', // ru
    'Орешник цветёт ранней весной, ещё до появления листьев.', // ru
    'Мирный план Китая из 12 пунктов предусматривает прекращение огня.', // ru
    'В Майами прошёл чемпионат по теннису.', // ru
    'Во Флориде ураган оставил без света миллионы.', // ru
    'Аляска была продана США в 1867 году.', // ru
    'Танкер «Игл Эс» повредил кабель в Финском заливе.', // ru
    'Хамас и Израиль провели переговоры в Стамбуле.', // ru
    'Орішник і ліщина — одна й та сама рослина.', // uk
    'Die Gespräche in Istanbul im März 2022 scheiterten nach Butscha.', // de
    'Miami Open: Zverev scheidet im Viertelfinale aus.', // de
    'Ein Tanker der Schattenflotte wurde in der Ostsee festgesetzt.', // de
    'Der Ziegelstein, englisch brick, wird aus Ton gebrannt.', // de
    'Les négociations d\'Istanbul de mars 2022 ont échoué.', // fr
    'La coalition internationale contre l\'État islamique frappe en Syrie.', // fr
    'La marinera norteña es patrimonio cultural del Perú.', // es
    'Fruta madura: cómo saber si el aguacate está maduro.', // es
    'Juan Maduro, delantero del club, marcó el gol del empate.', // es
    'Los ladrillos de arcilla se cuecen en hornos.', // es
    'O jogador Maduro renovou com o clube.', // pt
    'Leszczyna pospolita, zwana też orzecharką, owocuje jesienią.', // pl
    'Rozmowy w Stambule w 2022 roku zakończyły się fiaskiem.', // pl
    'Líska obecná kvete brzy na jaře.', // cs
    '2022年3月，俄乌代表团在伊斯坦布尔举行谈判。', // zh
    '特朗普提出的20点加沙和平计划获安理会通过。', // zh
    '阿拉斯加发生7级地震。', // zh
    '金砖是一种古代宫殿使用的地砖。', // zh
    '2022年3月、ロシアとウクライナはイスタンブールで停戦交渉を行った。', // ja
    'トランプ氏のガザ和平計画は20項目からなる。', // ja
    'マイアミで開かれたテニスの大会。', // ja
    '2022년 3월 러시아와 우크라이나는 이스탄불에서 협상을 벌였다.', // ko
    '트럼프 대통령의 20개항 가자 평화 계획이 발표됐다.', // ko
    'عقدت حماس وإسرائيل محادثات غير مباشرة في القاهرة حول خطة ترامب للسلام في غزة.', // ar
    'جرت مفاوضات إسطنبول بين روسيا وأوكرانيا في مارس 2022.', // ar
    'İstanbul\'da 2022 yılında Rusya ve Ukrayna heyetleri bir araya geldi.', // tr
    'Tegel, på engelska bricks, tillverkas av lera.', // sv
    'Орах и орашник расту у башти.', // sr
    'Lijeska je grm koji raste u šumi.', // hr
  ]),
];
