/**
 * Gazetteer data for storage locations: geography and cloud naming, never vendors.
 * Each line: "<ISO alpha-2 or -> <region or -> <name>|<name>|...". "-" means none.
 * Regions follow FIELDS.md: EU covers EU/EEA member states; APAC the rest of Asia-Pacific.
 */

/** Countries by their English names (and common short forms). */
export const COUNTRY_LINES = `
DE EU Germany|Federal Republic of Germany|Deutschland
FR EU France
FI EU Finland
NL EU Netherlands|the Netherlands|Holland
IE EU Ireland|Republic of Ireland
BE EU Belgium
LU EU Luxembourg
AT EU Austria
SE EU Sweden
DK EU Denmark
ES EU Spain
PT EU Portugal
IT EU Italy
PL EU Poland
CZ EU Czech Republic|Czechia
SK EU Slovakia
HU EU Hungary
RO EU Romania
BG EU Bulgaria
GR EU Greece
HR EU Croatia
SI EU Slovenia
EE EU Estonia
LV EU Latvia
LT EU Lithuania
CY EU Cyprus
MT EU Malta
NO EU Norway
IS EU Iceland
LI EU Liechtenstein
GB UK United Kingdom|Great Britain|Britain|England|Scotland|Wales|Northern Ireland
CH CH Switzerland
US US United States of America|United States|continental United States
CA CA Canada
AU AU Australia
JP JP Japan
IN IN India
BR BR Brazil
SG APAC Singapore
HK APAC Hong Kong
KR APAC South Korea|Republic of Korea|Korea
TW APAC Taiwan
ID APAC Indonesia
MY APAC Malaysia
NZ APAC New Zealand
PH APAC Philippines
TH APAC Thailand
VN APAC Vietnam
CN APAC China|Mainland China
ZA - South Africa
AE - United Arab Emirates|UAE
IL - Israel
MX - Mexico
BH - Bahrain
QA - Qatar
SA - Saudi Arabia
CL - Chile
AR - Argentina
CO - Colombia
NG - Nigeria
KE - Kenya
`;

/** Abbreviations matched case-sensitively (so "us" the pronoun never matches). */
export const ABBREVIATION_LINES = `
US US US|U.S.|USA|U.S.A.
GB UK UK|U.K.
- EU EU|E.U.|EEA
`;

/** Adjectives: only counted before an infrastructure noun ("German data centres", "on Swiss servers"). */
export const DEMONYM_LINES = `
DE EU German
FR EU French
FI EU Finnish
NL EU Dutch
IE EU Irish
SE EU Swedish
DK EU Danish
AT EU Austrian
BE EU Belgian
ES EU Spanish
IT EU Italian
PL EU Polish
NO EU Norwegian
GB UK British
CH CH Swiss
US US American
CA CA Canadian
AU AU Australian
JP JP Japanese
IN IN Indian
BR BR Brazilian
SG APAC Singaporean
- EU European
`;

/** Areas larger than a country. */
export const AREA_LINES = `
- EU European Union|European Economic Area|Europe|EU/EEA
- APAC Asia Pacific|Asia-Pacific|APAC|Asia
US US US East|US West|US Central|East US|West US|Central US|US-East|US-West|North Virginia|N. Virginia|Northern Virginia
CA CA Canada Central|Canada East|Canada West
AU AU Australia East|Australia Southeast
`;

/** Cities, states and data-centre sites. */
export const CITY_LINES = `
DE EU Frankfurt|Falkenstein|Nuremberg|Nürnberg|Munich|München|Berlin|Hamburg|Düsseldorf|Dusseldorf
FR EU Paris|Marseille|Gravelines|Roubaix|Strasbourg|Lyon
FI EU Helsinki|Hamina|Tuusula
NL EU Amsterdam|Eemshaven|West Europe
IE EU Dublin|North Europe
BE EU St. Ghislain|Saint-Ghislain|Brussels
SE EU Stockholm|Gothenburg
DK EU Copenhagen
AT EU Vienna
ES EU Madrid|Barcelona
IT EU Milan|Rome|Turin
PL EU Warsaw
NO EU Oslo
GB UK London|Manchester|Cardiff|Slough|Edinburgh|Glasgow|Belfast
CH CH Zurich|Zürich|Geneva|Lausanne|Bern
US US Virginia|Ashburn|Oregon|Ohio|Iowa|N. California|Northern California|California|Dallas|Chicago|Los Angeles|San Francisco|Silicon Valley|San Jose|New York|New Jersey|Seattle|Atlanta|Miami|Salt Lake City|Las Vegas|Council Bluffs|South Carolina|Hillsboro|Texas
CA CA Toronto|Montreal|Montréal|Quebec|Québec|Vancouver|Beauharnois|Calgary
AU AU Sydney|Melbourne|Brisbane|Perth|Canberra|New South Wales|Queensland
JP JP Tokyo|Osaka
IN IN Mumbai|Hyderabad|Pune|Chennai|Delhi
BR BR São Paulo|Sao Paulo
KR APAC Seoul
ID APAC Jakarta
TW APAC Taipei
TH APAC Bangkok
MY APAC Kuala Lumpur
NZ APAC Auckland
CN APAC Beijing|Shanghai
ZA - Johannesburg|Cape Town
IL - Tel Aviv
AE - Dubai|Abu Dhabi
QA - Doha
SA - Riyadh
PT EU Lisbon
CZ EU Prague
HU EU Budapest
RO EU Bucharest
GR EU Athens
EE EU Tallinn
`;

/** Cloud region identifiers (AWS, GCP, Azure, Hetzner), matched case-insensitively as whole tokens. */
export const CLOUD_CODE_LINES = `
US US us-east-1|us-east-2|us-west-1|us-west-2|us-central1|us-east1|us-east4|us-east5|us-west1|us-west2|us-west3|us-west4|us-south1|eastus|eastus2|westus|westus2|westus3|centralus|southcentralus|northcentralus|westcentralus
DE EU eu-central-1|europe-west3|europe-west10|germanywestcentral|germanynorth|fsn1|nbg1
CH CH eu-central-2|europe-west6|switzerlandnorth|switzerlandwest
IE EU eu-west-1|northeurope
GB UK eu-west-2|europe-west2|uksouth|ukwest
FR EU eu-west-3|europe-west9|francecentral|francesouth
SE EU eu-north-1|swedencentral
IT EU eu-south-1|europe-west8|europe-west12|italynorth
ES EU eu-south-2|europe-southwest1|spaincentral
BE EU europe-west1
NL EU europe-west4|westeurope
FI EU europe-north1|hel1
PL EU europe-central2|polandcentral
NO EU norwayeast|norwaywest
CA CA ca-central-1|ca-west-1|northamerica-northeast1|northamerica-northeast2|canadacentral|canadaeast
SG APAC ap-southeast-1|asia-southeast1|southeastasia
AU AU ap-southeast-2|ap-southeast-4|australia-southeast1|australia-southeast2|australiaeast|australiasoutheast|australiacentral
ID APAC ap-southeast-3|asia-southeast2
MY APAC ap-southeast-5
JP JP ap-northeast-1|ap-northeast-3|asia-northeast1|asia-northeast2|japaneast|japanwest
KR APAC ap-northeast-2|asia-northeast3|koreacentral
IN IN ap-south-1|ap-south-2|asia-south1|asia-south2|centralindia|southindia|westindia
HK APAC ap-east-1|asia-east2|eastasia
TW APAC asia-east1
BR BR sa-east-1|southamerica-east1|brazilsouth
ZA - af-south-1|africa-south1|southafricanorth
AE - me-central-1|uaenorth
BH - me-south-1
IL - il-central-1|me-west1
MX - mx-central-1
US US nyc1|nyc2|nyc3|sfo2|sfo3|us-ashburn-1|us-phoenix-1|us-sanjose-1|us-chicago-1
NL EU ams2|ams3|eu-amsterdam-1
DE EU fra1|eu-frankfurt-1
GB UK lon1|uk-london-1
CA CA tor1|ca-toronto-1|ca-montreal-1
IN IN blr1|ap-mumbai-1|ap-hyderabad-1
SG APAC sgp1|ap-singapore-1
AU AU syd1|ap-sydney-1|ap-melbourne-1
JP JP ap-tokyo-1|ap-osaka-1
BR BR sa-saopaulo-1
CH CH eu-zurich-1
`;

/**
 * IATA airport codes used as region names by edge/app platforms ("US East (iad) region").
 * Codes that are English words (lax, sea, mad, sin, den) are left out on purpose.
 */
export const AIRPORT_LINES = `
US US iad|ewr|ord|dfw|sjc|atl|bos|phx|mia
DE EU fra
FR EU cdg
NL EU ams
GB UK lhr
SE EU arn
PL EU waw
RO EU otp
CA CA yyz|yul
AU AU syd
JP JP nrt|hnd
IN IN bom
BR BR gru|gig
HK APAC hkg
ZA - jnb
`;
