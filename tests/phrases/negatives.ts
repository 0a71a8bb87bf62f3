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
];
