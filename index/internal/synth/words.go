package synth

// vendors are companies dealbot knows, with the aliases the press uses.
var vendors = []party{
	{"Amazon", []string{"AWS", "Amazon Web Services"}},
	{"Microsoft", []string{"Azure", "Microsoft Azure"}},
	{"Google", []string{"GCP", "Google Cloud", "Alphabet"}},
	{"Oracle", []string{"OCI", "Oracle Cloud Infrastructure"}},
	{"IBM", []string{"IBM Cloud", "Big Blue"}},
	{"Salesforce", nil},
	{"SAP", []string{"SAP SE"}},
	{"OpenAI", nil},
	{"Anthropic", nil},
	{"Nvidia", nil},
	{"CoreWeave", nil},
	{"Snowflake", nil},
	{"Databricks", nil},
	{"Alibaba", []string{"Alibaba Cloud", "Aliyun"}},
	{"Tencent", []string{"Tencent Cloud"}},
	{"Huawei", []string{"Huawei Cloud"}},
	{"Accenture", nil},
	{"ServiceNow", nil},
	{"Workday", nil},
	{"Cloudflare", nil},
	{"Infosys", nil},
	{"Kyndryl", nil},
	{"Palantir", nil},
	{"Equinix", nil},
	{"Barclays", nil},
	{"NHS", []string{"NHS England"}},
	{"Deloitte", nil},
	{"Capgemini", nil},
	{"Nebius", nil},
	{"Mistral", []string{"Mistral AI"}},
}

var customerFirst = []string{
	"Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella", "Wayne",
	"Stark", "Tyrell", "Cyberdyne", "Hooli", "Vandelay", "Wonka", "Soylent",
	"Massive", "Aperture", "Gringotts", "Oceanic", "Prestige", "Sterling",
	"Halcyon", "Meridian", "Pinnacle", "Keystone", "Bluewater", "Redwood",
	"Silverline", "Harbor", "Summit", "Evergreen", "Ironbridge", "Lakeside",
}

var customerSecond = []string{
	"Bank", "Insurance", "Logistics", "Retail", "Airlines", "Health",
	"Energy", "Telecom", "Holdings", "Group", "Foods", "Motors", "Pharma",
	"Capital", "Media", "Steel", "Shipping", "Utilities",
}

var products = []string{
	"Microsoft 365 Copilot", "Copilot", "Gemini for Workspace", "ChatGPT Enterprise",
	"Claude", "Einstein", "Bedrock", "SageMaker", "BigQuery", "Azure OpenAI Service",
	"Slack", "Teams", "Workspace", "Agentforce", "watsonx", "Vertex AI",
	"RISE with SAP", "Snowflake Data Cloud", "Databricks Lakehouse",
}

var publications = []string{
	"Reuters", "Bloomberg", "Financial Times", "The Register", "CNBC",
	"The Information", "TechCrunch", "The Wall Street Journal", "Computer Weekly",
	"The Verge", "ZDNet", "Data Center Dynamics",
}

var quarters = []string{
	"the first quarter", "the second quarter", "the third quarter", "the fourth quarter",
	"Q1", "Q2", "Q3", "Q4", "the fiscal year", "the first half", "the second half",
}

var firstNames = []string{
	"Sarah", "James", "Priya", "Daniel", "Mei", "Olivia", "Rahul", "Thomas",
	"Elena", "Marcus", "Aisha", "Lukas", "Hannah", "Kenji", "Sofia", "David",
}

var lastNames = []string{
	"Chen", "Patel", "Okafor", "Schmidt", "Johnson", "Nakamura", "Garcia",
	"Williams", "Rossi", "Kowalski", "Haddad", "Larsen", "Murphy", "Singh",
}

var researchFirms = []string{
	"Synergy Research Group", "Canalys", "Gartner", "IDC", "Forrester",
	"Omdia", "Counterpoint", "Bernstein", "Morgan Stanley analysts",
}

var markets = []string{
	"cloud infrastructure", "public cloud", "infrastructure as a service",
	"enterprise AI", "cloud database", "collaboration software",
	"European cloud", "Asia-Pacific cloud", "data warehouse",
}

var durations = []string{
	"three years", "five years", "seven years", "a decade", "four years",
	"two years", "six years",
}

var titles = []string{
	"{V} signs {M} cloud deal with {C}",
	"{C} agrees {M} contract with {V}",
	"{V} wins {M} deal to move {C} to the cloud",
	"{C} to roll out {P} to {S} staff",
	"{C} buys {S} {P} seats from {V}",
	"{V} and {C} strike {M} AI partnership",
	"{V} invests {M} in {C}",
	"{C} picks {V} in {M} multi-year agreement",
	"{V} lands {C} as customer in deal worth {M}",
	"Exclusive: {C} nears {M} compute deal with {V}",
}

var ledes = []string{
	"{V} has signed an agreement worth {M} with {C} to supply cloud computing capacity over {D}, the companies said on Tuesday.",
	"{C} agreed to pay {V} {M} over {D} for cloud services, according to people familiar with the matter.",
	"{V} said on Monday it would invest up to {M} in {C}, deepening a partnership that began in {Y}.",
	"{C} will roll out {P} to more than {S} employees under a deal with {V}, the two companies announced.",
	"{V} won a contract worth {M} to migrate {C}'s data centres to its public cloud, a spokesperson confirmed.",
	"{C} has chosen {V} as its primary cloud provider in a deal valued at about {M}, the company said in a statement.",
	"{V} and {C} announced a multi-year agreement on Wednesday that covers {S} seats of {P}.",
	"In a deal worth {M}, {C} committed to spend on {V}'s cloud for {D}, filings show.",
}

var dealSentences = []string{
	"The contract, valued at roughly {M}, runs for {D} and includes an option to extend.",
	"{C} will spend {M} with {V} over the term of the agreement.",
	"People familiar with the talks put the value of the deal at more than {M}.",
	"{V} previously signed a {m} agreement with {R} in {Y}.",
	"The agreement is worth at least {M}, according to a regulatory filing.",
	"Analysts estimated the total commitment at up to {m} including services.",
	"{R} had bid for the same contract, offering about {m}, a person briefed on the process said.",
	"Neither company disclosed the financial terms, but {F} estimated the deal at nearly {m}.",
	"{C} also agreed to buy {m} of GPU capacity from {V} over {D}.",
}

var seatSentences = []string{
	"The rollout covers {S} seats of {P} across {C}'s offices worldwide.",
	"{C} bought {S} licences for {P} after a pilot with a few thousand users.",
	"More than {S} employees at {C} will get access to {P} by the end of {Y}.",
	"The deployment of {P} will reach about {S} users, one of the largest so far.",
	"{V} said {C} had signed up for {S} seats, up from a trial of 2,000.",
	"{R} sold {S} licenses of its rival product to a competitor of {C} last year.",
}

var shareSentences = []string{
	"{V} held a {N} share of the {K} market in {Q}, according to {F}.",
	"{F} estimates that {V} controls {N} of the {K} market, ahead of {R}.",
	"{R} accounted for {N} of {K} spending in {Q}, {F} said.",
	"With a market share of {N}, {V} remains among the top three {K} providers.",
	"{V}'s share of the {K} market rose to {N} in {Y}, data from {F} show.",
}

var revenueSentences = []string{
	"{V} reported revenue of {m} for {Q}, up {N} from a year earlier.",
	"{R}'s cloud revenue grew {N} to {m} in {Q}.",
	"{C} posted annual revenue of {m} in {Y} and employs tens of thousands of people.",
	"Operating income at {V}'s cloud unit rose {N} in {Q}.",
	"{V} has said it expects capital spending of {m} this year, much of it on data centres.",
}

var fillers = []string{
	"The agreement comes as large companies race to modernise ageing infrastructure and adopt generative AI tools.",
	"{X}, chief executive of {C}, said the move would let the company retire several on-premises data centres over the next few years.",
	"\"We see this as a long-term partnership that will transform how we serve our customers,\" said {X}, {V}'s head of enterprise sales.",
	"Analysts said the deal underlines how fierce competition for big enterprise accounts has become among the largest cloud providers.",
	"{C} has been under pressure from investors to cut costs and improve margins, and executives have pointed to technology spending as one area for savings.",
	"The migration will be carried out in phases, starting with customer-facing applications and finance systems before moving core platforms.",
	"Shares of {V} were little changed in afternoon trading, while the broader technology index edged higher.",
	"{F} said enterprise cloud budgets continued to grow in {Y} despite a slowdown in some sectors of the economy.",
	"Regulators in Europe and the United States have stepped up scrutiny of cloud contracts, looking at licensing terms and the cost of switching providers.",
	"The company did not say how many jobs would be affected by the change, but said it would retrain staff where possible.",
	"{X}, an analyst at {F}, said the size of the commitment showed how central cloud computing had become to the strategy of large firms.",
	"Both companies said they would set up a joint team to develop industry-specific applications for banking, retail and healthcare.",
	"The deal includes training for thousands of engineers and a centre of excellence in London.",
	"Demand for graphics processors has outstripped supply for much of the past two years, pushing up prices for AI computing capacity.",
	"{V} has been building new data centre regions in Europe, the Middle East and Asia to meet rising demand from corporate customers.",
	"Critics have warned that long cloud commitments can lock customers into one supplier and limit their bargaining power later.",
	"The announcement was made at {V}'s annual customer conference, where executives also unveiled new security and data tools.",
	"{C} said its previous technology contract, with {R}, would wind down over the coming months.",
	"Some investors have questioned whether the heavy spending on AI infrastructure will pay off quickly enough to justify the cost.",
	"The two companies first worked together in {Y}, when {C} moved part of its analytics workload to {V}.",
	"According to the statement, the platform will handle sensitive customer data and must meet strict residency requirements.",
	"A spokesperson for {R} declined to comment on the contract.",
	"The financial details were disclosed in a filing with the Securities and Exchange Commission late on Thursday.",
	"{X} said the board approved the plan after a review of several bids over the past year.",
	"Industry observers expect more consolidation as smaller providers struggle to match the investment of the largest players.",
	"The company plans to hire several hundred engineers to support the programme, many of them in its new technology hub.",
}
