/**
 * Dutch words the detectors read as context: what introduces a resident, what marks a
 * professional, and which capitalised words are never a name.
 */

const toSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Forms of address before a surname: "mw. Jansen", "dhr El Amrani", "fam. Öztürk". */
export const TITLES = toSet(`
  mevrouw mevr mw mvr meneer mnr mijnheer dhr heer fam familie juffrouw mej
`);

/**
 * Words that introduce a resident by relation or role: "moeder Samira", "buurman Kees",
 * "cliënt Ahmadi", "roepnaam Sven".
 */
export const RELATIONS = toSet(`
  moeder vader zoon zoontje dochter dochtertje broer broertje zus zusje oma opa tante oom neef
  nicht kleinzoon kleindochter kleinkind schoonzoon schoondochter schoonmoeder schoonvader
  stiefvader stiefmoeder stiefzoon stiefdochter pleegzoon pleegdochter pleegkind pleegmoeder
  pleegvader partner ex ex-partner ex-man ex-vrouw echtgenoot echtgenote man vrouw vriend vriendin
  buurman buurvrouw buurjongen buurmeisje cliënt client cliënte clt bewoner bewoonster inwoner
  inwoonster huurder hoofdhuurder aanvrager mantelzorger jongere jongen meisje kind baby tiener
  puber leerling gezin oudste jongste kinderen ouders dader slachtoffer
  naam roepnaam heet genaamd
`);

/** Relations that are also plain nouns ("een man van 44"): only a known first name follows. */
export const LOOSE_RELATIONS = toSet('man vrouw kind jongen meisje baby kinderen ouders');

/**
 * Professionals and public figures: a name next to one of these is not a resident
 * ("collega Sanne", "Wmo-consulent Henk Bakker", "wethouder Bakker").
 */
export const ROLES = toSet(`
  collega collega's teamleider teamcoach teamlid manager directeur coördinator coordinator
  casusregisseur regisseur consulent wijkverpleegkundige verpleegkundige huisarts arts dokter
  dr jeugdarts poh poh-ggz psycholoog psychiater therapeut jongerenwerker maatschappelijk
  werker hulpverlener begeleider gezinscoach coach trainer docent juf juffrouw meester mentor
  leerkracht intaker aandachtsfunctionaris bewindvoerder advocaat jurist rechter wijkagent agent
  ambtenaar leerplichtambtenaar beleidsmedewerker medewerker stagiair stagiaire vrijwilliger
  wethouder burgemeester minister staatssecretaris voorzitter secretaris
  schuldhulpverlener budgetcoach ouderenadviseur thuiszorg zorgverlener boa
`);

/** Endings of compound role words: "Wmo-consulent", "jeugdverpleegkundige", "teamleider". */
export const ROLE_ENDING =
  /(?:consulent|consulente|verpleegkundige|werker|werkster|coach|leider|regisseur|functionaris|medewerker|begeleider|verlener|adviseur|arts|therapeut|ambtenaar|trainer|docent|manager|pedagoog|voogd|beschermer|deurwaarder|notaris|curator|generalist|specialist|diëtist|handhaver|ondersteuner|coördinator|coordinator)$/u;

/** Words before "van <naam>" that make the name a professional: "de training van X". */
export const WORK_OF = toSet(`
  training workshop lezing presentatie boek model methode theorie aanpak cursus webinar team
`);

/** The last part of Dutch street names: "Kastanjelaan", "Oudegracht", "Brinkhorst". */
export const STREET_SUFFIXES =
  'straat|straatweg|weg|laan|plein|kade|singel|gracht|dijk|hof|pad|steeg|dreef|plantsoen|markt|baan|wal|burgwal|haven|vaart|boulevard|allee|erf|veld|akker|brink|hoeve|zijde|weide|kamp|horst|donk|park';

/**
 * Words that make a sentence about a resident, so a first name in it is one too:
 * "op huisbezoek bij Fatima", "Mohammed heeft schulden".
 */
export const CLIENT_CUES = toSet(`
  huisbezoek thuis schuld schulden huurachterstand gezin kinderen kind moeder vader zoon dochter
  ouders woont wonen spijbelt spijbelen blowt drinkt verslaafd verslaving eenzaam dementie melding
  uithuisplaatsing aangifte mishandeld mishandeling geweld bijstand uitkering toeslag toeslagen
  dakloos opvang cliënt client zwanger bewindvoering schuldhulp deurwaarder ontruiming overlast
  mantelzorg ziek pinpas scheiding huur woning school ziekenhuis opgenomen politie
`);

/**
 * Capitalised words that are never a name: function words and frequent verbs (a sentence can
 * start with "Mw. Heeft"), days, months, nationalities, places and the field's own nouns.
 */
export const NOT_NAMES = toSet(`
  de het een en of maar want omdat als dan dus toch nog ook al niet wel zelf graag alleen samen
  erg heel echt weer nu toen daarna vandaag gisteren morgen vanochtend vanmiddag vanavond verder
  eerst inmiddels steeds vaak soms nooit altijd hier daar er ja nee geen veel weinig meer minder
  ik jij je u hij zij ze wij we jullie hun hen haar hem zijn mijn onze ons deze die dat dit wie
  wat waar hoe welke waarom wanneer iemand niemand iedereen alles niets
  in op aan met voor na bij tot naar over uit door om tegen zonder sinds tijdens per via vanaf
  heeft had hebben heb is was zijn ben wil wilde willen kan kon kunnen moet moest moeten zal zou
  gaat ging gaan komt kwam komen zegt zei geeft gaf belt belde woont werkt wordt werd vindt vond
  voelt voelde laat liet vraagt vroeg weet wist krijgt kreeg doet deed staat stond ziet zag mag
  mocht durft vertelt vertelde neemt nam blijft bleef loopt liep zit zat ligt lag lijkt leek maakt
  maakte reageert geeft gaf heeft schreef mailt mailde appt appte sprak spreekt kreeg
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni
  juli augustus september oktober november december
  nederland nederlands nederlandse marokko marokkaans marokkaanse turkije turks turkse suriname
  surinaams surinaamse polen pools poolse syrië syrisch syrische eritrea eritrees eritrese somalië
  somalisch somalische afghanistan afghaans afghaanse curaçao antilliaans antilliaanse arabisch
  engels duits frans koerdisch berbers hindoestaans hindoestaanse javaans chinees belgisch
  amsterdam rotterdam utrecht haag eindhoven groningen tilburg almere breda nijmegen apeldoorn
  haarlem arnhem zaanstad amersfoort enschede zwolle leiden dordrecht zoetermeer maastricht
  deventer delft alkmaar venlo helmond hilversum amstelveen zeist nieuwegein gouda lelystad
  noord zuid oost west centrum
  wmo jeugdwet participatiewet gemeente wijkteam team casus intake overleg beraad actieplan
  actieteam wyber methode training module les zorg thuiszorg veilig politie school huisarts
  bijlage stap fase groep versie kamer lokaal zaal hoofdstuk pagina artikel lid week punt vraag
  totaal bedrag
  humanitas vluchtelingenwerk kwadraad mee jeugdbescherming kinderbescherming schuldhulpmaatje
  woonbron ymere vestia portaal mitros stadgenoot rochdale havensteder woonstad
  stichting raad rechtbank belastingdienst uwv svb cak cjib duo ggd ggz
`);
