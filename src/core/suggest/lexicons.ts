/**
 * General lexicons for entity candidates: function titles, name particles, head words of
 * organisation and place names, demonym endings, common first names, country names (from the
 * platform's own ICU data, no download). None of them lists corpus entities.
 */

/** Words that connect the parts of one name ("Place de la Concorde", "Bank of America", "van Gogh"). */
export const CONNECTORS = new Set([
  'de', 'du', 'des', 'la', 'le', "d'", 'd’', 'of', 'the', 'der', 'den', '&', 'for', 'von', 'van', 'der', 'den', 'di', 'da',
  'del', 'della', 'dos', 'das', 'für', 'upon',
]);
/** Name particles that may start a name after a first name or a title ("Charles de Gaulle"). */
export const PARTICLE_PREFIX = /^(?:al|el|ad|as|ar|an|at|az|ez|es|ed|ul|ibn|bin|ben|abu|ould)-\p{Lu}/u;

/** Titles and functions that precede a person's name and are not part of it. */
export const TITLES = new Set([
  'm', 'mme', 'mlle', 'mm', 'dr', 'pr', 'me', 'mgr', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'lady', 'herr', 'frau',
  'président', 'présidente', 'ministre', 'général', 'générale', 'colonel', 'capitaine', 'lieutenant', 'sergent',
  'maire', 'député', 'députée', 'sénateur', 'sénatrice', 'roi', 'reine', 'prince', 'princesse', 'pape', 'cardinal',
  'abbé', 'père', 'sœur', 'frère', 'docteur', 'professeur', 'maître', 'juge', 'commissaire', 'procureur', 'chancelier',
  'chancelière', 'premier', 'première', 'secrétaire', 'porte-parole', 'directeur', 'directrice', 'patron', 'cheikh',
  'émir', 'imam', 'ayatollah', 'rabbin', 'monseigneur', 'madame', 'monsieur', 'mademoiselle', 'président-directeur',
  'president', 'minister', 'general', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'chancellor',
  'secretary', 'judge', 'captain', 'colonel', 'sergeant', 'officer', 'chief', 'director', 'professor', 'doctor',
  'ambassador', 'commissioner', 'councillor', 'councilor', 'representative', 'rep', 'sen', 'gov', 'gen', 'col', 'lt',
  'prof', 'prime', 'präsident', 'präsidentin', 'minister', 'ministerin', 'bundeskanzler', 'bundeskanzlerin', 'kanzler',
  'kanzlerin', 'bürgermeister', 'bürgermeisterin', 'st', 'coach', 'entraîneur', 'entraineur', 'sélectionneur', 'attaquant', 'défenseur', 'milieu', 'gardien', 'joueur', 'joueuse', 'réalisateur', 'réalisatrice', 'cinéaste', 'comédien', 'comédienne', 'journaliste', 'avocat', 'avocate', 'philosophe', 'historien', 'historienne', 'sociologue', 'économiste', 'chercheur', 'chercheuse', 'astronaute', 'fondateur', 'fondatrice', 'opposant', 'opposante', 'militant', 'militante', 'candidat', 'candidate', 'patronne', 'épouse', 'époux', 'mari', 'femme', 'fils', 'fille', 'veuve', 'sénateur', 'gouverneur', 'vice-président', 'vice-présidente', 'ambassadeur', 'ambassadrice', 'évêque', 'archevêque', 'prêtre', 'rappeur', 'rappeuse', 'musicien', 'musicienne', 'compositeur', 'compositrice', 'peintre', 'romancier', 'romancière', 'poète', 'footballeur', 'tennisman', 'nageur', 'nageuse', 'boxeur', 'triathlète', 'président-fondateur', 'premier-ministre', 'leader', 'chef', 'sélectionneur', 'champion',
  'championne', 'chanteur', 'chanteuse', 'acteur', 'actrice', 'écrivain', 'auteur', 'pilote', 'skipper', 'cycliste',
]);

/** Head words of organisation names (lowercased). */
export const ORGANIZATION_HEADS = new Set([
  'parti', 'union', 'association', 'agence', 'université', 'ministère', 'commission', 'organisation', 'organization',
  'fédération', 'comité', 'conseil', 'gouvernement', 'banque', 'groupe', 'institut', 'fondation', 'société',
  'compagnie', 'entreprise', 'front', 'mouvement', 'ligue', 'assemblée', 'sénat', 'parlement', 'cour', 'tribunal',
  'armée', 'police', 'gendarmerie', 'église', 'club', 'fc', 'ac', 'as', 'olympique', 'racing', 'stade', 'équipe',
  'académie', 'école', 'lycée', 'collège', 'hôpital', 'chu', 'centre', 'office', 'bureau', 'service', 'direction',
  'syndicat', 'confédération', 'coalition', 'alliance', 'brigade', 'brigades', 'forces', 'force', 'garde', 'croix',
  'médecins', 'reporters', 'amnesty', 'greenpeace', 'airlines', 'airways', 'air', 'radio', 'télévision', 'tv',
  'news', 'times', 'post', 'journal', 'press', 'presse', 'tribune', 'monde', 'figaro', 'libération', 'inc', 'ltd',
  'corp', 'corporation', 'company', 'co', 'sa', 'sarl', 'gmbh', 'ag', 'plc', 'llc', 'group', 'party', 'council',
  'committee', 'agency', 'department', 'ministry', 'university', 'college', 'school', 'bank', 'federation', 'army',
  'navy', 'church', 'court', 'senate', 'congress', 'house', 'board', 'foundation', 'institute', 'society',
  'commission', 'authority', 'administration', 'office', 'league', 'team', 'united', 'city', 'partei', 'verband',
  'bund', 'gewerkschaft', 'regierung', 'ministerium', 'bundestag', 'bundesrat', 'universität', 'stiftung', 'verein',
  'international', 'internationale', 'national', 'nationale', 'européenne', 'nations', 'unies', 'state', 'states',
  'laboratoire', 'observatoire', 'musée', 'museum', 'théâtre', 'opéra', 'orchestre', 'festival', 'sncf', 'ratp',
  'diocèse', 'archidiocèse', 'préfecture', 'mairie', 'région', 'département', 'conseil', 'cnrs', 'inserm', 'nasa',
  'esa', 'onu', 'otan', 'nato', 'ue', 'oms', 'unesco', 'unicef', 'fmi', 'fifa', 'uefa', 'cio',
]);

/** Head words of place names (lowercased). */
export const PLACE_HEADS = new Set([
  'île', 'îles', 'mont', 'monts', 'lac', 'rue', 'avenue', 'boulevard', 'place', 'gare', 'aéroport', 'province',
  'mer', 'océan', 'golfe', 'cap', 'vallée', 'pont', 'parc', 'forêt', 'désert', 'massif', 'col', 'baie', 'détroit',
  'canal', 'fleuve', 'rivière', 'plage', 'port', 'quartier', 'arrondissement', 'canton', 'comté',
  'république', 'royaume', 'émirats', 'street', 'road', 'avenue', 'square', 'river', 'mount', 'mountain', 'lake',
  'island', 'islands', 'county', 'bay', 'valley', 'sea', 'ocean', 'gulf', 'park', 'airport', 'station', 'bridge',
  'straße', 'strasse', 'platz', 'insel', 'see', 'berg', 'tal', 'nord', 'sud', 'est', 'ouest', 'north', 'south',
  'east', 'west', 'saint', 'sainte', 'san', 'santa', 'são', 'fort', 'port-au-prince', 'nouvelle', 'new', 'los',
  'las', 'el', 'puerto', 'porto', 'villa', 'ville', 'city', 'town', 'village', 'bad', 'sankt', 'kreis', 'land',
]);

/** Endings of nationality and inhabitant nouns ("le Britannique", "les Français", "a Briton"). */
export const DEMONYMS = new Set(
  `allemand allemande allemands allemandes espagnol espagnole espagnols espagnoles grec grecque grecs turc turque turcs
  suisse suisses suissesse russe russes belge belges tchèque tchèques slovaque basque kurde kurdes arabe arabes
  suédois suédoise norvégien danois danoise finlandais polonais polonaise hongrois hongroise portugais portugaise
  anglais anglaise irlandais irlandaise écossais écossaise gallois néerlandais néerlandaise québécois québécoise
  chinois chinoise japonais japonaise libanais libanaise sénégalais sénégalaise congolais congolaise malien
  malienne marocain marocaine algérien algérienne tunisien tunisienne égyptien égyptienne iranien iranienne irakien
  irakienne syrien syrienne israélien israélienne palestinien palestinienne saoudien saoudienne afghan afghane
  pakistanais indien indienne américain américaine canadien canadienne mexicain mexicaine brésilien brésilienne
  argentin argentine chilien chilienne colombien colombienne australien australienne néo-zélandais sud-africain
  sud-africaine britannique britanniques français française italien italienne ukrainien ukrainienne autrichien
  autrichienne slovène croate serbe bosnien roumain roumaine bulgare estonien letton lituanien
  kazakh kazakhe ouzbek ouzbèke tadjik kirghize azéri azérie turkmène mongol mongole thaï thaïlandais thaïlandaise
  philippin philippine vietnamien vietnamienne cambodgien birman népalais bangladais cubain cubaine haïtien
  haïtienne péruvien péruvienne vénézuélien vénézuélienne bolivien équatorien uruguayen jamaïcain jamaïcaine
  nigérian nigériane ghanéen ivoirien ivoirienne camerounais camerounaise kényan kényane éthiopien éthiopienne
  somalien soudanais rwandais rwandaise burundais burundaise angolais malgache mauricien islandais islandaise
  luxembourgeois monégasque maltais chypriote géorgien géorgienne arménien arménienne biélorusse moldave
  albanais macédonien monténégrin kosovar slovaques hongroise néerlandaise norvégienne finlandaise
  sud-coréen sud-coréenne nord-coréen nord-coréenne coréen coréenne indonésien indonésienne malaisien
  néo-zélandaise sud-africains`.split(/\s+/u),
);

const DEMONYM_ENDINGS = {
  fr: /(?:ais|aise|aises|ain|aine|ains|aines|ien|ienne|iens|iennes|ois|oise|oises|éen|éenne|éens|éennes|ique|iques|ole|oles|an|ane|ans|anes|ard|arde|ite|ites)$/u,
  en: /(?:ese|ish|ian|ians|an|ans)$/u,
  de: /(?:er|ers|isch|ische|ischen|aner|anerin)$/u,
};

/**
 * Whether a word ends like a nationality or inhabitant noun of `language` ("Britannique",
 * "Lyonnais"; "Briton", "Italian"; "Berliner"). Each language's endings only: French ones would
 * cut "White" from "the White House", German ones "Montpellier" from "Montpellier Handball".
 */
export function hasDemonymEnding(word: string, language?: 'fr' | 'en' | 'de'): boolean {
  if (language) return DEMONYM_ENDINGS[language].test(word);
  return DEMONYM_ENDINGS.fr.test(word) || DEMONYM_ENDINGS.en.test(word) || DEMONYM_ENDINGS.de.test(word);
}

/** Common first names across the languages of the news (a general lexicon). */
export const FIRST_NAMES = new Set(
  `jean pierre paul jacques michel philippe alain bernard françois francois nicolas patrick christophe daniel marc
  andré andre louis henri claude rené gérard thierry olivier stéphane laurent frédéric éric eric david thomas julien
  sébastien antoine alexandre guillaume vincent maxime mathieu matthieu benoît emmanuel manuel dominique yves marcel
  georges charles édouard edouard robert roger raymond lucien joseph marie anne catherine isabelle sylvie nathalie
  françoise martine christine monique nicole sophie valérie sandrine céline julie camille claire hélène brigitte
  ségolène marine marion laura léa emma chloé manon sarah juliette aurélie caroline élisabeth elisabeth agnès
  florence véronique béatrice pascale anne-marie jean-marie jean-pierre jean-luc jean-claude jean-françois
  jean-paul jean-michel jean-louis jean-yves jean-marc john james william george richard michael mike robert bob
  david donald barack hillary bill joe kamala elizabeth mary jennifer linda susan karen nancy lisa margaret
  steve steven kevin brian mark tony paul peter chris christopher matthew andrew joshua ryan jason justin brandon
  jack harry oliver emily jessica ashley amanda angela theresa boris tony gordon nigel jeremy keir vladimir dmitri
  dmitry sergei sergey alexei alexeï ivan igor yuri oleg viktor mikhaïl mikhail alexander alexandre xi li wang zhang
  kim shinzo mohammed mohamed muhammad mahmoud ahmed ahmad ali hassan hussein omar abdel abdul abdelaziz abdullah
  abdallah youssef yousef ibrahim ismail moussa mustafa mustapha recep bachar bashar hosni khalid karim rachid samir
  fatima aïcha leila yasmina nabil tarek walid salman angela olaf helmut gerhard wolfgang frank hans klaus jürgen
  günter peter horst heinz karl friedrich sigmar martin markus stefan andreas thomas matthias christian ursula
  sabine petra monika annegret annalena giuseppe giovanni giorgio matteo mario luigi silvio sergio carlo marco luca
  francesco paolo antonio josé jose juan carlos luis miguel pedro pablo jorge manuel fernando felipe mariano
  pedro rafael diego javier alejandro gabriel lula dilma jair evo hugo nicolás nicolas fidel raúl raul cristina
  mauricio andrés andres alberto roberto ricardo eduardo emmanuel joão joao narendra rahul indira benjamin yitzhak
  shimon ehud ariel naftali yair abbas yasser recep ahmet mehmet kemal volodymyr petro viktor alexis kyriakos jacinda
  scott justin stephen malcolm kevin julia tom tim sam ben dan max leo noah ethan lucas hugo arthur jules gabriel
  raphaël louis adam paul nathan théo enzo mathis kylian zinedine didier laurent michel franck karim olivier
  bernie ted rand marco elizabeth nikki mitt newt rick jeb chuck nancy mitch lindsey kirsten cory amy pete beto
  alexandria ilhan rashida ayanna elijah adam jerome jérôme jérémy jeremie jérémie rémi remi romain quentin florian
  kevin kévin anthony cédric cedric arnaud benjamin grégory gregory ludovic loïc loic mickaël mickael yannick yann
  fabien fabrice hervé herve gilles serge pascal bruno xavier sylvain jean-baptiste jean-jacques jean-christophe
  jean-noël jean-noel pierre-yves marie-france marie-christine marie-claude marie-hélène anne-sophie anne-laure
  delphine nadine patricia corinne laurence karine virginie émilie emilie stéphanie stephanie audrey mélanie melanie
  charlotte pauline lucie alice louise jeanne margot inès ines jade zoé zoe lola eva agathe clémence clemence
  ségolène rachida najat myriam fadela yasmine amina samia nadia farida malika karima soraya rania
  abdelkader abdelhamid abdelmalek abderrahmane abou abu ayman osama oussama bilal hamza mehdi sofiane sofian
  youssouf moussa mamadou amadou ousmane boubacar ibrahima cheikh seydou idriss idris alassane macky blaise
  félix felix denis guy roland jacques-yves dimitri nikolaï nikolai sergueï serguei vladislav alexeï andreï andrei
  mikhaïl piotr pavel jaroslav lech donald vaclav václav viktor andrzej mateusz jarosław beata ewa agnieszka
  lars sven olof erik magnus nils anders henrik jens stefan niklas björn bjorn ingrid astrid karin greta
  pedro paulo luiz fernando ricardo rodrigo gustavo felipe sebastián sebastian santiago mateo matías emiliano
  enrique rafael álvaro alvaro iñigo inigo mariano pablo cristiano lionel neymar kylian antoine olivier
  shinzo yoshihide fumio junichiro naoto akira hiroshi takeshi kenji yuki haruki
  narendra manmohan sonia rahul imran nawaz benazir asif hamid ashraf mohammad javad hassan mahmoud ali akbar
  recep abdullah ahmet binali kemal tayyip bashar hafez saddam muammar hosni anouar anwar mohamed abdel fattah
  nelson jacob cyril thabo desmond kofi ellen paul uhuru raila yoweri robert emmerson joseph laurent félix
  justin stephen brian jean-yves malcolm scott anthony julia kevin tony bill hillary barack michelle melania
  ivanka jared eric lara donald joe jill kamala mike karen nancy chuck kevin paul rudy steve sean sarah
  theresa boris david gordon john margaret nicola keir jeremy nigel liz rishi jacinda angela olaf annalena`.split(/\s+/u),
);

const REGION_NAMES_BY_LOCALE = new Map<string, ReadonlySet<string>>();

/** Region names of one locale from the platform's ICU data (no download), computed on first use. */
function regionNames(locale: string): ReadonlySet<string> {
  const cached = REGION_NAMES_BY_LOCALE.get(locale);
  if (cached) return cached;
  const names = new Set<string>();
  const display = new Intl.DisplayNames([locale], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // organisations and pseudo-regions, not places: EU, UN, eurozone, test locales
      if (/^(EU|EZ|UN|QO|XA|XB)$/u.test(code)) continue;
      try {
        const name = display.of(code);
        if (name && name !== code && !/\d/u.test(name)) names.add(name);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error; // unknown region codes are expected
      }
    }
  }
  REGION_NAMES_BY_LOCALE.set(locale, names);
  return names;
}

const CONTINENTS_AND_REGIONS = ['Europe', 'Afrique', 'Asie', 'Amérique', 'Océanie', 'Africa', 'Asia', 'America', 'Afrika', 'Asien', 'Amerika', 'Antarctique', 'Antarctica', 'Moyen-Orient', 'Proche-Orient', 'Maghreb', 'Sahel', 'Caraïbes', 'Balkans', 'Scandinavie', 'Angleterre', 'Écosse', 'Ecosse', 'England', 'Scotland', 'Wales', 'Pays de Galles', 'Middle East'];

const COUNTRY_SETS = new Map<string, ReadonlySet<string>>();

function countryNames(locales: readonly string[]): ReadonlySet<string> {
  const key = locales.join(',');
  const cached = COUNTRY_SETS.get(key);
  if (cached) return cached;
  const names = new Set<string>(CONTINENTS_AND_REGIONS);
  for (const locale of locales) for (const name of regionNames(locale)) names.add(name);
  COUNTRY_SETS.set(key, names);
  return names;
}

/**
 * Country names as a text in `language` writes them: French and English texts share most
 * spellings, but German "Italien" or "Australien" is a French nationality noun.
 */
const COUNTRY_LOCALES: Record<'fr' | 'en' | 'de', readonly string[]> = { fr: ['fr', 'en'], en: ['en', 'fr'], de: ['de', 'en'] };

/** Whether `name` is a country or continent name (in `language`, or in any of French, English, German). */
export function isCountry(name: string, language?: 'fr' | 'en' | 'de'): boolean {
  return countryNames(language ? COUNTRY_LOCALES[language] : ['fr', 'en', 'de']).has(name);
}

/** Words capitalised only because they start a sentence or a title (lowercased). */
export const FUNCTION_WORDS = new Set(
  `le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu
  en dans pour par sur avec sans selon après avant depuis pendant lors entre contre vers chez mais et ou donc or ni car
  si quand lorsque comme alors ainsi cependant pourtant toutefois enfin puis ensuite aussi même déjà encore plus moins
  très tout tous toutes toute aucun aucune chaque plusieurs certains certaines quelque quelques cela ceci ça qui que quoi
  dont où voici voilà oui non à a est sont était été être avoir ont the a an this that these those he she it they we
  i you in on at for with from by of to and or but if when while after before during since as so yet also there here
  his her their its our my your all some any no not der die das ein eine einer eines dem den des er sie es wir ihr
  und oder aber wenn als auch in im am an auf aus bei mit nach von vor zu zum zur über unter durch für gegen ohne
  laut seit während dieser diese dieses jeder jede jedes nicht noch nur schon so wie was wer wo hier dort heute
  gestern morgen bien lundi mardi mercredi jeudi vendredi samedi dimanche un deux trois quatre cinq six sept huit
  neuf dix onze douze vingt cent mille malgré parmi outre face durant hier aujourd'hui demain néanmoins désormais ici
  là celui celle ceux celles chacun personne rien tout quant suite grâce afin autour auprès lorsque puisque tandis
  one two three four five six seven eight nine ten however although though because meanwhile despite according
  zwei drei vier fünf sechs sieben acht neun zehn jedoch trotz nachdem bevor seit`.split(/\s+/u),
);

/** Head words of event names (lowercased): a name that starts with one is an event. */
export const EVENT_HEADS = new Set([
  'jeux', 'coupe', 'championnat', 'championnats', 'tour', 'grand', 'festival', 'open', 'marathon', 'rallye', 'salon',
  'exposition', 'conférence', 'sommet', 'guerre', 'bataille', 'révolution', 'eurovision', 'mondial', 'ironman',
  'biennale', 'jo', 'games', 'championship', 'cup', 'war', 'summit', 'olympics', 'expo', 'fête', 'journée',
  'semaine', 'nuit', 'prix', 'trophée', 'masters', 'super', 'ligue', 'grand-prix', 'paris-roubaix', 'giro', 'vuelta',
  'meisterschaft', 'krieg', 'gipfel', 'noël', 'pâques', 'ramadan', 'printemps', 'crise', 'affaire', 'opération',
  'tournoi', 'tournament', 'world', 'élection', 'élections', 'primaire', 'primaires', 'référendum', 'forum',
]);

/**
 * Well-known international organisations, armed groups and the seats of power that news uses
 * for the institution they house ("Matignon", "le Kremlin"): a general lexicon in French,
 * English and German spellings, not a list of any corpus' entities.
 */
export const WELL_KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  // international organisations
  'ONU', 'UN', 'UNO', 'OTAN', 'NATO', 'UE', 'EU', 'Union européenne', 'European Union', 'Europäische Union',
  'Nations unies', 'Nations Unies', 'United Nations', 'Vereinte Nationen', 'OMS', 'WHO', 'FMI', 'IMF', 'IWF',
  'OMC', 'WTO', 'OCDE', 'OECD', 'BCE', 'ECB', 'EZB', 'Banque mondiale', 'World Bank', 'Weltbank', 'Unesco', 'UNESCO',
  'Unicef', 'UNICEF', 'HCR', 'UNHCR', 'OSCE', 'OPEP', 'OPEC', 'Interpol', 'Europol', 'Frontex', 'Union africaine',
  'African Union', 'Afrikanische Union', 'Ligue arabe', 'Arab League', 'Arabische Liga', 'ASEAN', 'Mercosur', 'G7',
  'G8', 'G20', 'CPI', 'ICC', 'AIEA', 'IAEA', 'CICR', 'ICRC', 'Croix-Rouge', 'Red Cross', 'Rotes Kreuz', 'Commission européenne',
  'European Commission', 'Parlement européen', 'European Parliament', 'Conseil de sécurité', 'Security Council',
  'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Médecins sans frontières', 'Reporters sans frontières',
  'CIO', 'IOC', 'FIFA', 'UEFA',
  // news agencies and broadcasters, cited as sources in every article
  'Reuters', 'AFP', 'Agence France-Presse', 'Associated Press', 'AP', 'Bloomberg', 'dpa', 'DPA', 'Belga', 'ANSA', 'EFE',
  'Xinhua', 'TASS', 'Tass', 'Interfax', 'Kyodo', 'BBC', 'CNN', 'Al Jazeera', 'Al-Jazeera', 'Euronews',
  // armed and militant groups
  'Daech', 'Daesh', 'Daesch', 'ISIS', 'ISIL', 'EI', 'État islamique', 'Islamic State', 'Islamischer Staat', 'Al-Qaïda',
  'Al-Qaida', 'al-Qaida', 'al-Qaïda', 'Al-Qaeda', 'al-Qaeda', 'Hezbollah', 'Hisbollah', 'Hamas', 'Boko Haram', 'Shebab',
  'Chabab', 'al-Shabaab', 'Taliban', 'talibans', 'Talibans', 'PKK', 'ETA', 'IRA', 'FARC', 'Farc', 'al-Nosra', 'Al-Nosra',
  // seats of power used for the institution
  'Maison-Blanche', 'Maison Blanche', 'White House', 'Weißes Haus', 'Kremlin', 'Kreml', 'Élysée', 'Matignon', 'Bercy',
  "Quai d'Orsay", 'Quai d’Orsay', 'Pentagone', 'Pentagon', 'Downing Street', 'Vatican', 'Saint-Siège', 'Holy See',
  'Congrès', 'Congress', 'Kongress', 'Bundestag', 'Bundesrat', 'Knesset', 'Douma', 'Duma', 'Sénat', 'Senate',
]);

/**
 * Acronyms of common nouns, not of names: "l'ADN", "le PIB", "une ONG", "en CDD". News writes
 * them in capitals like names of bodies, but they name things anyone can have or be.
 */
export const COMMON_NOUN_ACRONYMS = new Set(
  `ADN ARN PIB PNB ONG AVC ISF IFI CDD CDI VTT SMS MMS TVA PDG DG DRH RH OGM IVG PMA GPA HLM SDF QG NDLR PME PMI TPE
  VIH SIDA Sida ADSL GPS CV DVD CD USB PC TV JT BD QI RSA SMIC Smic PV IRM OPA HT TTC IA UV OVNI TNT VOD BTP RTT
  CDG CHSCT IRL LGBT LGBTI LGBTQ UTC GMT USD EUR CRS VTC DNA GDP NGO CEO CFO CTO HIV AIDS DVD TV PhD MP MEP UFO VIP ATM AI IT`.split(/\s+/u),
);

/**
 * Well-known websites, apps and spacecraft: works that news names like organisations ("sur
 * Facebook", "le télescope Hubble"). Suggested as works, not as the companies or agencies that
 * make them. A general lexicon; names that are also people's ("Kepler", "Herschel") are left out.
 */
export const WELL_KNOWN_WORKS: ReadonlySet<string> = new Set([
  'Wikipédia', 'Wikipedia', 'Wikimedia', 'Wikimédia', 'Wikidata', 'Wiktionnaire', 'Wiktionary', 'Facebook', 'Twitter',
  'Instagram', 'Snapchat', 'YouTube', 'Youtube', 'TikTok', 'Google', 'Gmail', 'Google Maps', 'Steam', 'Messenger',
  'Skype', 'Periscope', 'Pinterest', 'Reddit', 'Tumblr', 'Flickr', 'Dailymotion', 'Spotify', 'Deezer', 'iTunes',
  'Hubble', 'James Webb', 'Curiosity', 'Opportunity', 'Perseverance', 'Rosetta', 'Philae', 'Juno', 'Cassini',
  'Cassini-Huygens', 'Gaia', 'Chandra', 'New Horizons', 'Voyager 1', 'Voyager 2', 'Tiangong-1', 'Tiangong-2',
  'SoHO', 'SOHO', 'Akatsuki', 'InSight', 'OSIRIS-REx', 'Hayabusa', 'Hayabusa2', 'Mars Express', 'ExoMars',
]);
