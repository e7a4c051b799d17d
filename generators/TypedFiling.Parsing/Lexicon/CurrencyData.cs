namespace TypedFiling.Parsing.Lexicon;

/// <summary>
/// The currencies the scanner knows, one row each, from ISO 4217 (active codes, their minor-unit digits) with the
/// names filers write: <c>CODE|minor digits|unit names|adjectives|countries|local codes|dollar-style prefixes|minor-unit words</c>.
/// A unit name marked <c>*</c> is what the bare word means (bare "francs" are Swiss francs); a row marked
/// <c>!</c> before the code is a historic code (NLG, DEM) that old filings still use but a filing's <c>Currency</c> may not be.
/// Crypto amounts are money in their own unit (BTC, ETH: not ISO codes, written like them).
/// </summary>
internal static class CurrencyData
{
    /// <summary>The code a bare "$" or "dollars" stands for: decided per filing (<c>Currency</c>, a stated convention).</summary>
    public const string Dollar = "$";

    /// <summary>The code a bare "¥" stands for: yen unless the filing says yuan.</summary>
    public const string Yen = "¥";

    public static readonly string[] Rows =
    {
        "USD|2|dollar*,dollars*,buck*,bucks*|US,U.S.,American,United States|United States,U.S.,USA,America|USD$|US,U.S.,USD|cent,cents",
        "EUR|2|euro*,euros*,€ur||European Union,euro area,eurozone|||euro cent,euro cents",
        "JPY|0|yen*|Japanese|Japan|||",
        "CNY|2|yuan*,renminbi*,元*|Chinese|China,People's Republic of China,PRC|RMB,Rmb,rmb,CN¥||fen",
        "GBP|2|pound*,pounds*,sterling*,pounds sterling*|British,UK,U.K.|United Kingdom,U.K.,UK|Stg||penny,pence,pennies",
        "CHF|2|franc*,francs*|Swiss|Switzerland|SFr,SFR||centime,centimes,rappen",
        "CAD|2|dollar,dollars|Canadian|Canada|Cdn,CDN,CAD$|C,c,CA,CAD,Cdn,CDN,Can|",
        "AUD|2|dollar,dollars|Australian|Australia|AUD$|A,AU,AUD|",
        "NZD|2|dollar,dollars|New Zealand|New Zealand|NZD$|NZ,NZD|",
        "HKD|2|dollar,dollars|Hong Kong|Hong Kong|HKD$|HK,HKD|",
        "SGD|2|dollar,dollars|Singapore|Singapore|SGD$|S,SG,SGD|",
        "TWD|2|dollar,dollars|New Taiwan,Taiwan,Taiwanese|Taiwan|NTD|NT,NTD|",
        "MXN|2|peso*,pesos*|Mexican|Mexico|MXN$,Ps|Mex,MX,MXN|centavo,centavos",
        "BRL|2|real,reais*|Brazilian|Brazil||R|centavo,centavos",
        "ARS|2|peso,pesos|Argentine,Argentinian|Argentina|||",
        "CLP|0|peso,pesos|Chilean|Chile||CL|",
        "COP|2|peso,pesos|Colombian|Colombia||COL|",
        "PHP|2|peso,pesos|Philippine|Philippines|₱||",
        "INR|2|rupee*,rupees*|Indian|India|Rs,RS,INR,Re||paise,paisa",
        "PKR|2|rupee,rupees|Pakistani|Pakistan|PKRs||",
        "LKR|2|rupee,rupees|Sri Lankan|Sri Lanka|SLRs||",
        "IDR|2|rupiah*|Indonesian|Indonesia|Rp||sen",
        "MYR|2|ringgit*,ringgits*|Malaysian,Malaysia|Malaysia|RM||sen,sens",
        "THB|2|baht*|Thai|Thailand|Bt||satang",
        "KRW|0|won|Korean,South Korean|Korea,South Korea,Republic of Korea|KRW₩||",
        "VND|0|dong|Vietnamese|Vietnam|||",
        "ILS|2|shekel*,shekels*,new shekel,new shekels|Israeli,New Israeli|Israel|NIS||agorot",
        "TRY|2|lira*,liras,lire|Turkish|Turkey,Türkiye|TL||kurus",
        "RUB|2|ruble*,rubles*,rouble*,roubles*|Russian|Russia,Russian Federation|RUR||kopeck,kopecks,kopek,kopeks",
        "UAH|2|hryvnia*,hryvnias*,hryvnas|Ukrainian|Ukraine|||kopiyka,kopiykas,kopecks",
        "KZT|2|tenge*|Kazakh,Kazakhstani|Kazakhstan|||",
        "MNT|2|tugrik*,tugriks*,tugrug*,togrog*|Mongolian|Mongolia|||",
        "PLN|2|zloty*,zlotys*,zlotych*|Polish|Poland|||grosz,groszy",
        "CZK|2|koruna*,korunas,koruny|Czech|Czech Republic|Kč||",
        "HUF|2|forint*,forints*|Hungarian|Hungary|Ft||",
        "RON|2|leu,lei|Romanian|Romania|||",
        "BGN|2|lev*,leva*|Bulgarian|Bulgaria|||",
        "SEK|2|krona*,kronor*|Swedish|Sweden|SKr||ore",
        "NOK|2|krone*,kroner*|Norwegian|Norway|NKr||ore",
        "DKK|2|krone,kroner|Danish|Denmark|DKr||ore",
        "ISK|0|krona,kronur|Icelandic|Iceland|||",
        "ZAR|2|rand*|South African|South Africa|||",
        "NGN|2|naira*|Nigerian|Nigeria|₦||kobo",
        "KES|2|shilling*,shillings*|Kenyan|Kenya|KSh||",
        "UGX|0|shilling,shillings|Ugandan|Uganda|USh||",
        "TZS|2|shilling,shillings|Tanzanian|Tanzania|TSh||",
        "EGP|2|pound,pounds,egyptianpound*,geneh*|Egyptian|Egypt|LE,L.E||piastre,piastres",
        "LBP|2|pound,pounds|Lebanese|Lebanon|LL||",
        "KWD|3|dinar*,dinars*|Kuwaiti|Kuwait|KD||fils",
        "BHD|3|dinar,dinars|Bahraini|Bahrain|BD||fils",
        "JOD|3|dinar,dinars|Jordanian|Jordan|JD||fils",
        "IQD|3|dinar,dinars|Iraqi|Iraq|ID||fils",
        "DZD|2|dinar,dinars|Algerian|Algeria|DA||",
        "TND|3|dinar,dinars|Tunisian|Tunisia|DT||",
        "LYD|3|dinar,dinars|Libyan|Libya|LD||",
        "RSD|2|dinar,dinars|Serbian|Serbia|||",
        "SAR|2|riyal*,riyals*,saudiriyal*|Saudi,Saudi Arabian|Saudi Arabia|SR||halala,halalas",
        "QAR|2|riyal,riyals|Qatari|Qatar|QR||",
        "OMR|3|rial,rials|Omani|Oman|RO||baisa,baisas",
        "YER|2|rial,rials|Yemeni|Yemen|YR||",
        "IRR|2|rial*,rials*|Iranian|Iran|IRl||",
        "AED|2|dirham*,dirhams*|UAE,Emirati,U.A.E.|United Arab Emirates,UAE|Dhs,AED||fils",
        "MAD|2|dirham,dirhams|Moroccan|Morocco|||",
        "PEN|2|sol*,soles*,nuevo sol,nuevos soles|Peruvian|Peru|S/||",
        "BTC|8|bitcoin*,bitcoins*|||XBT,₿||satoshi,satoshis",
        "ETH|18|ether*|||||",
        "!NLG|2|guilder*,guilders*|Dutch|Netherlands|Dfl||",
        "!DEM|2|deutsche mark*,deutsche marks*,deutschmark*,deutschmarks*,mark,marks|German,Deutsche|Germany|DM||pfennig",
        "!FRF|2|franc,francs|French|France|FF||",
        "!BEF|2|franc,francs|Belgian|Belgium|BF||",
        "!ITL|0|lira,lire|Italian|Italy|Lit||",
        "!ESP|0|peseta*,pesetas*|Spanish|Spain|Pta,Ptas||",
        "!FIM|2|markka*,markkaa*|Finnish|Finland|mk||",
        "!PTE|0|escudo*,escudos*|Portuguese|Portugal|Esc||",
        "!ATS|2|schilling*,schillings*|Austrian|Austria|ÖS||",
        "!IEP|2|punt*,punts*,pound,pounds|Irish|Ireland|IR£||",
    };

    /// <summary>The active ISO 4217 codes that no row above names: a filing may still set them, and text may write them.</summary>
    public const string OtherActiveCodes =
        "AFN ALL AMD ANG AOA AWG AZN BAM BBD BDT BIF BMD BND BOB BSD BTN BWP BYN BZD CDF CRC CUP CVE DJF DOP ERN ETB FJD " +
        "FKP GEL GHS GIP GMD GNF GTQ GYD HNL HTG JMD KGS KHR KMF KPW KYD LAK LRD LSL MDL MGA MKD MMK MOP MRU MUR MVR MWK " +
        "MZN NAD NIO NPR PAB PGK PYG RWF SBD SCR SDG SHP SLE SOS SRD SSP STN SVC SYP SZL TJS TMT TOP TTD UYU UZS VES VUV " +
        "WST XAF XCD XOF XPF ZMW ZWG";

    /// <summary>Signs written before or after an amount, and the code each stands for.</summary>
    public static readonly (char Sign, string Code)[] Signs =
    {
        ('$', Dollar), ('€', "EUR"), ('£', "GBP"), ('¥', Yen), ('\uFFE5', Yen), ('₩', "KRW"), ('₹', "INR"), ('₿', "BTC"),
        ('₽', "RUB"), ('₺', "TRY"), ('₪', "ILS"), ('₫', "VND"), ('₱', "PHP"), ('₦', "NGN"), ('฿', "THB"), ('₡', "CRC"),
        ('₾', "GEL"), ('₭', "LAK"), ('₴', "UAH"), ('₸', "KZT"),
    };

    /// <summary>Lower-case spellings of codes that are English words ("all", "top", "try"): only the capitals are codes.</summary>
    public static readonly string[] CodesThatAreWords =
    {
        "all", "top", "try", "cup", "mad", "pen", "sos", "gel", "bob", "mop", "cop", "rub", "ron", "lak", "bam", "ern",
        "sar", "php", "kes", "lsl", "mur", "dop", "bif", "std",
    };
}
