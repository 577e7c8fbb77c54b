/**
 * Common first names and surnames of people living in the Netherlands, by origin, so a name is
 * recognised without a title in front of it. Written by hand for this library from public facts:
 * the frequency rankings the Meertens Instituut publishes in its Nederlandse Voornamenbank and
 * Nederlandse Familienamenbank, and CBS figures on the names given per year and on the largest
 * groups by origin (Moroccan, Turkish, Surinamese, Antillean and Aruban, Polish, Syrian, Eritrean,
 * Somali, Afghan, Cape Verdean). Not a copy of any list; it only has to know the frequent names.
 *
 * Surnames are stored without their tussenvoegsels ("de Vries" as "vries"): the name detector
 * reads particles (van, de, el, ben, ...) separately. Names that are also common Dutch words in a
 * sentence (Wil, Mei, Hoop, Lot, Ton) are left out on purpose.
 */

const dutchFirstNames = `
  jan johannes hendrik cornelis willem pieter gerrit jacobus hans peter henk kees wim piet joost
  jeroen maarten martijn bas bram daan sem lucas levi noah liam finn milan jesse thijs luuk lars
  ruben thomas tim tom rick rik niels stefan dennis erik eric marco mark michel patrick robert rob
  ruud sander sjoerd dirk frank gert gerard harry jaap jacob johan joris jordy kevin koen lennard
  mats max menno nick olivier pim remco rens roel ronald roy sven teun thijmen tijn vincent wouter
  youri dylan jayden julian mees siem boaz gijs hugo jens jelle stijn timo floris guus anton antoon
  arie bart bert cor dick eddy edwin ferdinand fred harm herman huub jos joop klaas leo marcel
  martin nico paul rené rene rinus theo wilco arjen arjan bastiaan benjamin casper chris
  christiaan danny david fabian frits gerben hidde ivo jasper joep jurre kay lex mick mike mitchell
  ramon randy robin ryan sam sebastiaan thom tygo gerrit-jan jan-willem hein henri jeffrey jelmer
  jochem johnny kim laurens leon luc maurice melvin mohan nathan nick noud quinten rutger sietse
  sjaak stan tobias twan valentijn wessel willem-jan yannick yuri zeger arnold albert adrie aad
  ad geert gijsbert hennie jurgen kars karel lodewijk lucas marinus mathijs matthijs otto reinier
  rudi simon sjors steven ted tijmen toon wijnand wiebe wybren anne-marie
  maria anna johanna cornelia elisabeth wilhelmina hendrika geertruida truus ria joke annie corrie
  ans tineke marja marjan marian monique petra sandra linda esther ellen karin anja astrid carla els
  ingrid inge mirjam miriam marieke mieke nicole patricia renate sabine saskia simone wendy yvonne
  anouk anne annemarie femke fleur iris lisa lotte laura lieke manon marloes maud mirthe noor nina
  sanne sara sarah sophie tess vera eva emma julia mila zoë zoe lina liv yara saar olivia evi nora
  hanna hannah fenna lynn roos isa elin sofie jasmijn fenne nova lauren demi lisanne chantal kelly
  melissa denise daphne bianca natasja natasha priscilla shirley tamara jolanda wilma gerda greet
  riet diny anneke janneke jacqueline marleen hilde ilse judith marit merel naomi romy puck floor
  jet juul liz amber britt esmee isabel jade lana luna noa ella elise eline emily evelien fabienne
  femmy gea gonny hetty ineke jannie jenny jessica joyce karlijn kirsten leonie lianne lieke
  lonneke mandy margriet marianne marijke marloes martine mascha meike michelle miranda nancy
  nathalie pauline rianne roos samantha sharon sonja stephanie suzanne tanja tessa trudy ursula
  willemijn yvette zara lise mare sophia charlotte ilona esmeralda rosalie dewi mirella
`;

const moroccanAndArabicFirstNames = `
  mohamed mohammed muhammed mohammad mohamad muhammad ahmed achmed ahmad ali hassan hussein
  houssein youssef yousef yusuf rachid mustapha abdel abdelkader abdellah abdelaziz abdelhak
  abdullah abderrahim said khalid karim nordin driss hamid hicham ibrahim ismail omar othman anass
  anas ayoub ayman amine adam bilal hamza ilias ilyas imran jamal mehdi mounir nabil nourdin
  redouan ridouan soufiane sofian tarik tariq yassine younes zakaria rayan samir faisal farid
  hakim jaouad khalil lahcen mimoun mourad nadir noureddine rachid reda salah tawfik walid yahya
  zouhair aziz abdi abdirahman
  fatima khadija aicha aisha malika naima nadia samira saida latifa jamila karima rachida hafida
  hanane houda imane ikram loubna meryem maryam mariam nour salma sanae siham soumaya yasmina
  yasmine zineb zainab hafsa hajar amira asmae bouchra dounia chaima ghizlane hiba ilham kawtar
  layla leila lamia naoual najat rajae safae souad wafae zahra djamila fadoua hayat habiba halima
  hawa amina rania dima farida nasrin shabnam sabah samia souhaila
`;

const turkishFirstNames = `
  mehmet ahmet mustafa hüseyin huseyin hasan hakan ismail murat emre burak serkan kemal
  osman ömer omer erdal ercan fatih ferhat gökhan gokhan halil kadir levent metin orhan recep
  selim sinan tolga volkan yasin yunus cem deniz emir eren kerem mert arda ali baran berkay
  cihan dogan doğan enes erkan furkan harun ilker kaan mahmut onur ramazan serdar tuncay umut
  ayşe ayse fatma emine hatice zeynep elif esra merve büşra busra özlem ozlem sevgi songül songul
  gülsen gülşen gulsen derya dilek ebru hülya hulya leyla melek nur seda sibel tuba yasemin zehra
  hacer necla nurcan selin ecrin eylül eylul defne aylin beyza betül betul buse cansu dilara
  gizem hande irem kübra kubra meltem nazlı nazli pınar pinar sema serpil tülay tulay
`;

const surinameseAndAntilleanFirstNames = `
  rajesh ravi anand sunil sanjay ashwin navin dinesh ramesh kishan vishal rakesh sharda sunita
  shanti kiran deepa anita radha sita reshma priya sangita usha indira roshni soraya sandhya
  marlon romano ricardo rayen jerrel quincy orlando clarence glenn humphrey errol edgar xaviera
  shanice giovanni sharina shurandy jurickson rayvano kenneth shakira jairzinho gino roderick
  eduardo eugene juliska yolanda xiomara naomi ruthmila glenda milton ryan-lee jayden-lee
  jermaine jerel dwayne gregory sheila rowena angelique lucretia gerold ivanildo
`;

const polishAndEasternEuropeanFirstNames = `
  piotr paweł pawel tomasz marek krzysztof andrzej michał michal grzegorz łukasz lukasz marcin
  jakub kamil mateusz dawid rafał rafal wojciech szymon bartosz adrian przemysław sebastian
  agnieszka katarzyna małgorzata malgorzata ewa joanna magdalena monika aleksandra dorota
  barbara beata justyna karolina natalia paulina zofia kasia ola marta weronika anastasia
  ivan dmytro oksana olena yulia iryna mihai andrei elena ioana georgi
`;

const otherFirstNames = `
  tesfay yonas filmon semhar helen selam mulu mussie abraham yohannes luwam
  amadou mamadou fatou aminata kofi kwame
  joão joao carlos manuel miguel ana sofia
`;

const dutchSurnames = `
  jong jansen vries berg dijk bakker janssen visser smit meijer meyer boer mulder groot bos vos
  peters hendriks leeuwen dekker brouwer wit dijkstra smits graaf meer linden kok jacobs haan
  vermeulen heuvel veen broek bruijn bruin heijden schouten beek willems vliet ven hoekstra maas
  verhoeven koster dam wal prins blom huisman peeters jonge kuipers kuiper veenstra kramer brink
  scholten wijk postma martens vink ridder pol timmermans groen gerritsen jonker loon velde
  willemsen smeets bosman doorn dijkman lange hermans evers laan dongen koning verbeek sanders
  bosch mol hoogendoorn rijn rutten goossens os wouters vissers horst lammers meijers hoekman ham
  claassen nijhuis wolters kroon zwart schipper gils pieters gelder hoek houten verheij ruiter
  dekkers graaff zanten wijngaarden haas heuvelman kooij kooiman hofman verhagen
  steen boon schuurman molenaar beekman aalbers bakkers berends bouwman brouwers driessen
  elzinga faber geerts haverkamp hooijer jongh kamphuis kerkhof klaassen knol koopman kort
  kramer kruijt kuijpers lambers leenders looman meulenbroek mooij mulders nieuwenhuis noordam
  oosterhout otten pietersen reijnders roos rozendaal schaap schreurs slot spijker stam staal
  steenbergen teunissen tromp veldhuis verbruggen verweij vlaar voogd wagenaar weerd
  westerhof wiersma wijnen winters wolff zijlstra zuidema bruggen dijken eijk geest gaag hulst
  kamp laar lee leest ploeg poel sande schoot sluis spek vaart vegt velden wetering zee
  jagt haar kampen graafland heijnen ruijter bergh hoeven brug rooij ruiters boom
`;

const moroccanSurnames = `
  amrani idrissi benali ali bouzid khatib taleb boukhari bakkali hamdaoui azzouzi ouardi tahiri
  belhaj ouali ziani bouazza haddou benhaddou essaidi lamrani mansouri ouahabi bouchtaoui bouali
  chakir kaddouri bennani messaoudi boukhris zaidi ahajjam hadioui chaoui bouhlal abdellaoui
  benyahia boussaid allouchi bouhaddou aouragh boujbar bouyaghrouni cherkaoui el-amrani
  el-idrissi fassi ghazali haddouchi jebari karimi khayat lahmar mahdaoui moussaoui naciri
  ouazzani rahmouni saidi tounsi yousfi zerouali abbou akkouh hajji haddad
`;

const turkishSurnames = `
  yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk
  aydın aydin özdemir ozdemir arslan doğan dogan kılıç kilic aslan çetin cetin kara koç koc kurt
  özkan ozkan şimşek simsek polat korkmaz erdoğan erdogan aktaş aktas güneş gunes bulut keskin
  ünal unal acar tekin aksoy altun bozkurt karaca uçar ucar yavuz güler guler tuncer özcan ozcan
  kaplan yüksel yuksel ateş ates bayram coşkun coskun demirci duman erdem güven guven işık isik
`;

const surinameseAndAntilleanSurnames = `
  ramdin ramsaran mohan jagesar sewnarain baldewsingh ramautar biharie kanhai soekhai lachmon
  ramcharan ramlal jadnanansing mahabier bhagwandin sital autar ganga pinas vaal linger sabajo
  doelwijt wijngaarde pengel kromodimedjo sastrodikromo kartodikromo soemodihardjo vreden
  fernandes martina cijntje rosaria isenia koeiman leito maduro martis girigorie janga
  pieternella wilsoe croes arends rojer sulvaran statie kock jessurun doran francisca
  ramkisoen ramdhani chotkan sewdien bisoendat
`;

const polishAndEasternEuropeanSurnames = `
  kowalski kowalska nowak wiśniewski wisniewski wiśniewska wisniewska wójcik wojcik kowalczyk
  kamiński kaminski kamińska lewandowski lewandowska zieliński zielinski zielińska zielinska
  szymański szymanski woźniak wozniak dąbrowski dabrowski kozłowski kozlowski jankowski mazur
  kwiatkowski krawczyk piotrowski grabowski nowakowski pawłowski pawlowski michalski nowicka
  nowicki wróbel wrobel jabłoński jablonski król krol popescu ionescu petrov ivanova
`;

const otherSurnames = `
  abdi mohamud hassan ahmadi hosseini rahimi haidari tesfay tekle ghebremedhin khalil nasser
  osman ibrahim mohammadi rodrigues lopes silva santos gomes mendes tavares
  hussein jama warsame yusuf habte kidane
`;

const toSet = (...lists: string[]) =>
  new Set(lists.flatMap((list) => list.split(/\s+/).filter(Boolean)));

/** Lower-case first names. */
export const FIRST_NAMES: ReadonlySet<string> = toSet(
  dutchFirstNames,
  moroccanAndArabicFirstNames,
  turkishFirstNames,
  surinameseAndAntilleanFirstNames,
  polishAndEasternEuropeanFirstNames,
  otherFirstNames,
);

/** Lower-case surnames without their tussenvoegsels. */
export const SURNAMES: ReadonlySet<string> = toSet(
  dutchSurnames,
  moroccanSurnames,
  turkishSurnames,
  surinameseAndAntilleanSurnames,
  polishAndEasternEuropeanSurnames,
  otherSurnames,
);

/**
 * Tussenvoegsels and particles that stand between a first name and a surname, Dutch and from
 * Arabic, Berber, Romance and other names ("El Amrani", "Ben Ali", "Aït Taleb", "dos Santos").
 */
export const PARTICLES: ReadonlySet<string> = toSet(`
  van de der den het 't te ten ter vd la le du da di dos das del della von zu
  el al ben bin ibn abu bou ait aït ou oulad ould
`);
