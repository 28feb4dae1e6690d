/**
 * Glossary of anti-corruption terms used in lessons through `<Glossary term="…">`.
 *
 * Each entry gives the term in the six UN languages (following the wording of the UNCAC
 * authentic texts where the Convention uses the term), a short original definition in English
 * and Chinese, and the UNCAC articles that deal with it (see ./uncac-articles).
 */
import type { Locale } from "./locale";

export interface GlossaryEntry {
  term: Record<Locale, string>;
  definition: { en: string; zh: string };
  articles: number[];
}

export const GLOSSARY = {
  bribery: {
    term: {
      en: "Bribery",
      zh: "贿赂",
      fr: "Corruption (active et passive)",
      es: "Soborno",
      ru: "Подкуп",
      ar: "الرشوة",
    },
    definition: {
      en: "Promising, offering or giving an undue advantage to someone so that they act or refrain from acting in breach of their duties (active bribery), or soliciting or accepting such an advantage (passive bribery). UNCAC makes bribery of national and foreign public officials mandatory offences and asks States to consider criminalizing bribery in the private sector.",
      zh: "为使他人违背职责作为或者不作为，而向其许诺给予、提议给予或者实际给予不正当好处（主动贿赂），或者索取、收受此类好处（被动贿赂）。《公约》要求将贿赂本国和外国公职人员规定为犯罪，并要求缔约国考虑将私营部门内的贿赂规定为犯罪。",
    },
    articles: [15, 16, 21],
  },
  "undue-advantage": {
    term: {
      en: "Undue advantage",
      zh: "不正当好处",
      fr: "Avantage indu",
      es: "Beneficio indebido",
      ru: "Неправомерное преимущество",
      ar: "مزية غير مستحقة",
    },
    definition: {
      en: "Anything of value, tangible or intangible, financial or not, that the recipient is not lawfully entitled to, such as cash, gifts, favours, jobs for relatives or promises. It is the core element of the UNCAC bribery and trading-in-influence offences, and it counts whether it benefits the official or a third person or entity.",
      zh: "接受者依法无权获得的任何有价值的东西，无论有形或者无形、是否具有财产性质，例如现金、礼品、关照、为亲属安排工作或者许诺等。它是《公约》贿赂犯罪和影响力交易犯罪的核心要素，无论好处归于公职人员本人还是其他人员或者实体。",
    },
    articles: [15, 16, 18, 19, 21, 25],
  },
  "public-official": {
    term: {
      en: "Public official",
      zh: "公职人员",
      fr: "Agent public",
      es: "Funcionario público",
      ru: "Публичное должностное лицо",
      ar: "موظف عمومي",
    },
    definition: {
      en: "Under UNCAC, any person holding a legislative, executive, administrative or judicial office, appointed or elected, paid or unpaid, permanent or temporary, and any other person who performs a public function, including for a public agency or public enterprise, or provides a public service as defined in domestic law.",
      zh: "按照《公约》的定义，指无论是经任命还是经选举、长期还是临时、有偿还是无偿，在缔约国担任立法、行政、行政管理或者司法职务的任何人员，以及依照本国法律履行公共职能（包括为公共机构或者公营企业履行公共职能）或者提供公共服务的任何其他人员。",
    },
    articles: [2, 7, 8, 15, 17, 19, 20],
  },
  "foreign-public-official": {
    term: {
      en: "Foreign public official",
      zh: "外国公职人员",
      fr: "Agent public étranger",
      es: "Funcionario público extranjero",
      ru: "Иностранное публичное должностное лицо",
      ar: "موظف عمومي أجنبي",
    },
    definition: {
      en: "Any person holding a legislative, executive, administrative or judicial office of a foreign country, appointed or elected, and any person exercising a public function for a foreign country, including for a public agency or public enterprise. UNCAC treats officials of public international organizations as a separate but parallel category.",
      zh: "指外国无论是经任命还是经选举而担任立法、行政、行政管理或者司法职务的任何人员，以及为外国（包括为公共机构或者公营企业）行使公共职能的任何人员。《公约》将国际公共组织官员作为与之并列的另一类别。",
    },
    articles: [2, 16],
  },
  "facilitation-payment": {
    term: {
      en: "Facilitation payment",
      zh: "疏通费",
      fr: "Paiement de facilitation",
      es: "Pago de facilitación",
      ru: "Платеж для упрощения формальностей",
      ar: "مدفوعات التيسير",
    },
    definition: {
      en: "A small unofficial payment made to a public official to speed up or secure a routine, non-discretionary action, such as processing a permit or clearing goods. UNCAC contains no exception for such payments, so they fall within the bribery offences, and most corporate compliance programmes prohibit them.",
      zh: "为加快或者确保例行的、非裁量性的公务行为（如办理许可、货物通关）而向公职人员支付的小额非正式款项。《公约》未对此类款项作任何例外规定，因此其属于贿赂犯罪的范围，大多数企业合规制度也予以禁止。",
    },
    articles: [15, 16],
  },
  embezzlement: {
    term: {
      en: "Embezzlement",
      zh: "贪污",
      fr: "Soustraction de biens",
      es: "Malversación o peculado",
      ru: "Хищение",
      ar: "الاختلاس",
    },
    definition: {
      en: "The misappropriation or diversion, for one's own benefit or that of another, of property, funds, securities or other things of value entrusted to a person by virtue of his or her position. UNCAC makes embezzlement by public officials a mandatory offence and asks States to consider criminalizing embezzlement in the private sector.",
      zh: "为本人或者他人利益，侵吞、挪用或者以其他方式侵犯因职务而受托的财产、资金、证券或者其他贵重物品的行为。《公约》要求将公职人员贪污规定为犯罪，并要求缔约国考虑将私营部门内的侵吞财产规定为犯罪。",
    },
    articles: [17, 22],
  },
  "trading-in-influence": {
    term: {
      en: "Trading in influence",
      zh: "影响力交易",
      fr: "Trafic d'influence",
      es: "Tráfico de influencias",
      ru: "Злоупотребление влиянием в корыстных целях",
      ar: "المتاجرة بالنفوذ",
    },
    definition: {
      en: "Giving or accepting an undue advantage so that a public official or any other person abuses his or her real or supposed influence to obtain an undue advantage from a public administration or authority. Unlike bribery, the person paid need not be the decision-maker; UNCAC asks States to consider criminalizing it.",
      zh: "给予或者收受不正当好处，以使公职人员或者其他任何人员滥用其实际影响力或者被认为具有的影响力，从行政部门或者公共机关获得不正当好处。与贿赂不同，收受好处者不必是决策者本人；《公约》要求缔约国考虑将其规定为犯罪。",
    },
    articles: [18],
  },
  "abuse-of-functions": {
    term: {
      en: "Abuse of functions",
      zh: "滥用职权",
      fr: "Abus de fonctions",
      es: "Abuso de funciones",
      ru: "Злоупотребление служебным положением",
      ar: "إساءة استغلال الوظائف",
    },
    definition: {
      en: "A public official intentionally performing, or failing to perform, an act in violation of the law in the discharge of his or her functions, in order to obtain an undue advantage for himself or herself or for another person or entity. UNCAC asks States to consider criminalizing it.",
      zh: "公职人员在履行职务时故意违反法律作为或者不作为，以为其本人或者其他人员或实体获得不正当好处的行为。《公约》要求缔约国考虑将其规定为犯罪。",
    },
    articles: [19],
  },
  "illicit-enrichment": {
    term: {
      en: "Illicit enrichment",
      zh: "资产非法增加",
      fr: "Enrichissement illicite",
      es: "Enriquecimiento ilícito",
      ru: "Незаконное обогащение",
      ar: "الإثراء غير المشروع",
    },
    definition: {
      en: "A significant increase in the assets of a public official that he or she cannot reasonably explain in relation to his or her lawful income. Subject to their constitutions and fundamental legal principles, States Parties shall consider making it a criminal offence.",
      zh: "公职人员的资产显著增加，而本人无法以其合法收入作出合理解释。在不违背本国宪法和法律制度基本原则的情况下，缔约国应当考虑将其规定为犯罪。",
    },
    articles: [20],
  },
  "money-laundering": {
    term: {
      en: "Money-laundering",
      zh: "洗钱",
      fr: "Blanchiment d'argent",
      es: "Blanqueo de dinero",
      ru: "Отмывание денежных средств",
      ar: "غسل الأموال",
    },
    definition: {
      en: "Converting, transferring, concealing or disguising property known to be the proceeds of crime in order to hide its illicit origin or help an offender evade the consequences, and, subject to a State's basic legal concepts, acquiring, possessing or using such property. UNCAC requires it to be criminalized and requires preventive regimes for financial institutions.",
      zh: "明知财产为犯罪所得，为隐瞒或者掩饰其非法来源或者协助犯罪人逃避法律后果而转换、转移、隐瞒或者掩饰该财产，以及在符合本国法律制度基本概念的情况下获取、占有或者使用此类财产的行为。《公约》要求将其规定为犯罪，并要求对金融机构建立预防洗钱制度。",
    },
    articles: [14, 23, 52, 58],
  },
  concealment: {
    term: {
      en: "Concealment",
      zh: "窝赃",
      fr: "Recel",
      es: "Encubrimiento",
      ru: "Сокрытие",
      ar: "الإخفاء",
    },
    definition: {
      en: "Hiding or continuing to retain property, by a person who did not take part in the original offence, while knowing that the property results from a Convention offence. UNCAC asks States to consider criminalizing it, without prejudice to the money-laundering offence.",
      zh: "未参与原犯罪的人员明知财产是根据《公约》确立的犯罪的结果，而窝藏或者继续保留该财产的行为。在不影响洗钱犯罪规定的情况下，《公约》要求缔约国考虑将其规定为犯罪。",
    },
    articles: [24],
  },
  "obstruction-of-justice": {
    term: {
      en: "Obstruction of justice",
      zh: "妨害司法",
      fr: "Entrave au bon fonctionnement de la justice",
      es: "Obstrucción de la justicia",
      ru: "Воспрепятствование осуществлению правосудия",
      ar: "إعاقة سير العدالة",
    },
    definition: {
      en: "Using force, threats, intimidation or an undue advantage to induce false testimony or to interfere with testimony or evidence, or using force, threats or intimidation against justice or law enforcement officials, in proceedings concerning corruption offences. UNCAC makes it a mandatory offence.",
      zh: "在涉及腐败犯罪的诉讼中，使用暴力、威胁、恐吓或者给予不正当好处，诱使他人提供虚假证言或者干扰证言、证据的提供，或者使用暴力、威胁、恐吓干扰司法或者执法人员执行公务的行为。《公约》要求将其规定为犯罪。",
    },
    articles: [25],
  },
  "conflict-of-interest": {
    term: {
      en: "Conflict of interest",
      zh: "利益冲突",
      fr: "Conflit d'intérêts",
      es: "Conflicto de intereses",
      ru: "Конфликт интересов",
      ar: "تضارب المصالح",
    },
    definition: {
      en: "A situation in which a person's private interests, such as finances, family ties or outside activities, could improperly influence the performance of his or her official or professional duties. UNCAC asks States to prevent such conflicts in the public sector, for example through codes of conduct and declarations, and to restrict post-employment activities where appropriate.",
      zh: "个人的私人利益（如财务、亲属关系或者外部活动）可能不当影响其履行公务或者职业职责的情形。《公约》要求缔约国通过行为守则和申报等措施防止公共部门中的利益冲突，并酌情限制离职公职人员的职业活动。",
    },
    articles: [7, 8, 12],
  },
  "due-diligence": {
    term: {
      en: "Due diligence",
      zh: "尽职调查",
      fr: "Diligence raisonnable",
      es: "Diligencia debida",
      ru: "Надлежащая проверка",
      ar: "العناية الواجبة",
    },
    definition: {
      en: "Risk-based checks carried out before and during a relationship with a customer, business partner or intermediary, such as verifying identity, ownership, reputation and the purpose of the transaction. UNCAC requires financial institutions to identify customers and beneficial owners and apply enhanced scrutiny to higher-risk accounts.",
      zh: "在与客户、业务伙伴或者中介建立和维持关系时，按照风险开展的核查，例如核实身份、所有权结构、声誉和交易目的。《公约》要求金融机构识别客户和实际受益人，并对高风险账户实行强化审查。",
    },
    articles: [12, 14, 52],
  },
  "beneficial-owner": {
    term: {
      en: "Beneficial owner",
      zh: "受益所有人",
      fr: "Bénéficiaire effectif",
      es: "Beneficiario final",
      ru: "Бенефициарный владелец",
      ar: "المالك المنتفع",
    },
    definition: {
      en: "The natural person who ultimately owns or controls a company, trust, account or other asset, or on whose behalf a transaction is carried out, as opposed to the nominal or registered holder. UNCAC calls for identifying beneficial owners to prevent corrupt proceeds from being hidden behind legal entities.",
      zh: "最终拥有或者控制公司、信托、账户或者其他资产，或者交易实际为其进行的自然人，区别于名义上或者登记在册的持有人。《公约》要求识别受益所有人（实际受益人），以防止腐败所得隐藏在法律实体背后。",
    },
    articles: [12, 14, 52],
  },
  "bid-rigging": {
    term: {
      en: "Bid-rigging",
      zh: "串通投标",
      fr: "Soumissions concertées",
      es: "Colusión en licitaciones",
      ru: "Сговор на торгах",
      ar: "التواطؤ في العطاءات",
    },
    definition: {
      en: "Collusion among bidders, sometimes with the help of procurement officials, to fix the outcome of a tender, for example through cover bids, bid rotation or market sharing. UNCAC requires procurement systems based on transparency, competition and objective criteria to prevent it.",
      zh: "投标人之间（有时在采购官员协助下）串通操纵招标结果，例如陪标、轮流中标或者划分市场。《公约》要求建立以透明度、竞争和客观标准为基础的采购制度，以防止此类行为。",
    },
    articles: [9],
  },
  "reporting-person": {
    term: {
      en: "Reporting person",
      zh: "举报人",
      fr: "Personne qui communique des informations",
      es: "Denunciante",
      ru: "Лицо, сообщающее информацию",
      ar: "المبلّغ",
    },
    definition: {
      en: "Anyone who reports facts concerning corruption offences to the competent authorities in good faith and on reasonable grounds, often called a whistleblower. UNCAC asks States to consider protecting such persons against any unjustified treatment.",
      zh: "出于善意并以合理理由向主管机关举报涉及腐败犯罪事实的任何人员，通常称为“吹哨人”。《公约》要求缔约国考虑保护此类人员免受任何不公正待遇。",
    },
    articles: [8, 13, 33],
  },
  "whistleblowing-channel": {
    term: {
      en: "Whistleblowing channel",
      zh: "举报渠道",
      fr: "Canal de signalement",
      es: "Canal de denuncia",
      ru: "Канал для сообщений о нарушениях",
      ar: "قناة الإبلاغ عن المخالفات",
    },
    definition: {
      en: "A secure means, such as a hotline, web portal or designated officer, through which employees, officials or members of the public can report suspected corruption, ideally confidentially or anonymously. UNCAC calls for accessible reporting to anti-corruption bodies, including anonymously, and for measures making it easier for officials to report.",
      zh: "供雇员、公职人员或者公众举报涉嫌腐败行为的安全途径，例如热线电话、网络平台或者指定的负责人员，最好能够保密或者匿名举报。《公约》要求为向反腐败机构举报（包括匿名举报）提供途径，并建立便利公职人员举报的措施。",
    },
    articles: [8, 13, 33, 39],
  },
  "mutual-legal-assistance": {
    term: {
      en: "Mutual legal assistance",
      zh: "司法协助",
      fr: "Entraide judiciaire",
      es: "Asistencia judicial recíproca",
      ru: "Взаимная правовая помощь",
      ar: "المساعدة القانونية المتبادلة",
    },
    definition: {
      en: "Formal cooperation in which one State, at another's request, gathers evidence, serves documents, locates persons or freezes assets for use in the requesting State's criminal investigations or proceedings. UNCAC requires the widest measure of assistance and bars refusal on the ground of bank secrecy.",
      zh: "一国应另一国请求，为请求国的刑事侦查或者诉讼调取证据、送达文书、查找人员或者冻结资产等的正式合作。《公约》要求缔约国相互提供最广泛的司法协助，并且不得以银行保密为由拒绝。",
    },
    articles: [46, 54, 55],
  },
  extradition: {
    term: {
      en: "Extradition",
      zh: "引渡",
      fr: "Extradition",
      es: "Extradición",
      ru: "Выдача",
      ar: "تسليم المجرمين",
    },
    definition: {
      en: "The formal surrender of a person by one State to another for prosecution or to serve a sentence. UNCAC offences are extraditable between States Parties, the Convention can serve as the legal basis for extradition, and a State that will not extradite its own national must submit the case for domestic prosecution on request.",
      zh: "一国将某人正式移交另一国以便起诉或者执行刑罚。根据《公约》确立的犯罪在缔约国之间属于可以引渡的犯罪，《公约》可以作为引渡的法律依据；不引渡本国国民的缔约国，应请求应当将案件提交本国主管机关起诉。",
    },
    articles: [44],
  },
  "asset-recovery": {
    term: {
      en: "Asset recovery",
      zh: "资产追回",
      fr: "Recouvrement d'avoirs",
      es: "Recuperación de activos",
      ru: "Возвращение активов",
      ar: "استرداد الموجودات",
    },
    definition: {
      en: "The process of tracing, freezing, confiscating and returning proceeds of corruption, often located abroad, to the State or legitimate owners from which they were taken. UNCAC makes the return of assets a fundamental principle of the Convention.",
      zh: "追查、冻结、没收腐败所得（常位于境外）并将其返还被掠夺国家或者合法所有人的过程。《公约》将资产返还确立为一项基本原则。",
    },
    articles: [51, 52, 53, 54, 55, 56, 57, 58, 59],
  },
  freezing: {
    term: {
      en: "Freezing",
      zh: "冻结",
      fr: "Gel",
      es: "Embargo preventivo",
      ru: "Замораживание",
      ar: "التجميد",
    },
    definition: {
      en: "Temporarily prohibiting the transfer, conversion, disposition or movement of property on the basis of an order issued by a court or other competent authority, so that it remains available for possible confiscation.",
      zh: "根据法院或者其他主管机关的命令，暂时禁止财产转移、转换、处分或者移动，以便保全该财产用于可能的没收。",
    },
    articles: [2, 31, 54, 55],
  },
  seizure: {
    term: {
      en: "Seizure",
      zh: "扣押",
      fr: "Saisie",
      es: "Incautación",
      ru: "Арест",
      ar: "الحجز",
    },
    definition: {
      en: "Temporarily assuming custody or control of property on the basis of an order issued by a court or other competent authority. UNCAC defines it together with freezing as a provisional measure pending confiscation.",
      zh: "根据法院或者其他主管机关的命令，暂时扣留或者控制财产。《公约》将其与冻结一并定义为没收前的临时措施。",
    },
    articles: [2, 31, 54, 55],
  },
  confiscation: {
    term: {
      en: "Confiscation",
      zh: "没收",
      fr: "Confiscation",
      es: "Decomiso",
      ru: "Конфискация",
      ar: "المصادرة",
    },
    definition: {
      en: "The permanent deprivation of property by order of a court or other competent authority (also called forfeiture). UNCAC requires States to enable confiscation of proceeds and instrumentalities of corruption and to cooperate in giving effect to one another's confiscation orders.",
      zh: "根据法院或者其他主管机关的命令，对财产实行永久剥夺。《公约》要求缔约国能够没收腐败犯罪所得和犯罪工具，并在执行彼此的没收令方面开展合作。",
    },
    articles: [2, 31, 54, 55, 57],
  },
  "politically-exposed-person": {
    term: {
      en: "Politically exposed person (PEP)",
      zh: "政治公众人物",
      fr: "Personne politiquement exposée",
      es: "Persona políticamente expuesta",
      ru: "Политически значимое лицо",
      ar: "شخص سياسي ممثل للمخاطر",
    },
    definition: {
      en: "An individual who is or has been entrusted with a prominent public function, such as a head of State, senior politician, judge or senior executive of a State-owned enterprise, together with family members and close associates. UNCAC requires financial institutions to apply enhanced scrutiny to their accounts.",
      zh: "正在或者曾经担任重要公职的个人，例如国家元首、高级政治人物、法官或者国有企业高级管理人员，以及其家庭成员和与其关系密切的人。《公约》要求金融机构对其账户实行强化审查。",
    },
    articles: [52],
  },
  "financial-intelligence-unit": {
    term: {
      en: "Financial intelligence unit (FIU)",
      zh: "金融情报机构",
      fr: "Service de renseignement financier",
      es: "Dependencia de inteligencia financiera",
      ru: "Подразделение для сбора оперативной финансовой информации",
      ar: "وحدة المعلومات الاستخبارية المالية",
    },
    definition: {
      en: "A national centre that receives, analyses and disseminates to the competent authorities reports of suspicious financial transactions. UNCAC asks States Parties to consider establishing one.",
      zh: "负责接收、分析可疑金融交易报告并向主管机关转递的国家中心。《公约》要求缔约国考虑设立此类机构。",
    },
    articles: [14, 58],
  },
  "state-party": {
    term: {
      en: "State Party",
      zh: "缔约国",
      fr: "État Partie",
      es: "Estado Parte",
      ru: "Государство-участник",
      ar: "دولة طرف",
    },
    definition: {
      en: "A State that has consented to be bound by the Convention by ratification, acceptance, approval or accession and for which it is in force; regional economic integration organizations, such as the European Union, may also become parties within their competence.",
      zh: "通过批准、接受、核准或者加入而同意受《公约》约束且《公约》已对其生效的国家；区域经济一体化组织（如欧洲联盟）也可以在其权限范围内成为公约缔约方。",
    },
    articles: [67, 68],
  },
  "implementation-review-mechanism": {
    term: {
      en: "Implementation Review Mechanism",
      zh: "履约审议机制",
      fr: "Mécanisme d'examen de l'application",
      es: "Mecanismo de Examen de la Aplicación",
      ru: "Механизм обзора хода осуществления",
      ar: "آلية استعراض التنفيذ",
    },
    definition: {
      en: "The peer-review process established by the Conference of the States Parties in 2009 (resolution 3/1, Doha), in which each State Party is reviewed by two other States Parties on the basis of a self-assessment. The first cycle covered Chapters III and IV, the second Chapters II and V.",
      zh: "公约缔约国会议于2009年（多哈，第3/1号决议）设立的同行审议程序：每个缔约国在自评的基础上接受另外两个缔约国的审议。第一周期审议第三章和第四章，第二周期审议第二章和第五章。",
    },
    articles: [63],
  },
  "special-investigative-techniques": {
    term: {
      en: "Special investigative techniques",
      zh: "特殊侦查手段",
      fr: "Techniques d'enquête spéciales",
      es: "Técnicas especiales de investigación",
      ru: "Специальные методы расследования",
      ar: "أساليب التحري الخاصة",
    },
    definition: {
      en: "Covert methods such as controlled delivery, electronic or other surveillance and undercover operations, used to gather evidence of hidden offences like corruption. UNCAC asks States to allow their appropriate use, within the limits of their legal systems, and the admissibility of the resulting evidence.",
      zh: "控制下交付、电子或者其他形式的监视以及特工行动等秘密侦查方法，用于收集腐败等隐蔽犯罪的证据。《公约》要求缔约国在本国法律制度许可的范围内允许适当使用这些手段，并允许法庭采信由此获得的证据。",
    },
    articles: [50],
  },
  "controlled-delivery": {
    term: {
      en: "Controlled delivery",
      zh: "控制下交付",
      fr: "Livraison surveillée",
      es: "Entrega vigilada",
      ru: "Контролируемая поставка",
      ar: "التسليم المراقب",
    },
    definition: {
      en: "The technique of allowing illicit or suspect consignments to pass out of, through or into a territory with the knowledge and under the supervision of the competent authorities, in order to investigate an offence and identify the persons involved.",
      zh: "在主管机关知情并由其监控的情况下，允许非法或者可疑货物运出、通过或者运入一国领域的做法，目的在于侦查犯罪并查明参与实施犯罪的人员。",
    },
    articles: [2, 50],
  },
  "joint-investigation": {
    term: {
      en: "Joint investigation",
      zh: "联合侦查",
      fr: "Enquête conjointe",
      es: "Investigación conjunta",
      ru: "Совместное расследование",
      ar: "التحقيق المشترك",
    },
    definition: {
      en: "An investigation carried out together by the competent authorities of two or more States, through a joint investigative body set up by agreement or case by case. Investigators must fully respect the sovereignty of the State in whose territory the work takes place.",
      zh: "两个或者多个国家的主管机关根据协定或者在个案基础上建立联合侦查机构而共同开展的侦查。有关各方应当充分尊重在其领域内开展侦查的缔约国的主权。",
    },
    articles: [49],
  },
  "dual-criminality": {
    term: {
      en: "Dual criminality",
      zh: "双重犯罪",
      fr: "Double incrimination",
      es: "Doble incriminación",
      ru: "Обоюдное признание деяния преступлением",
      ar: "ازدواجية التجريم",
    },
    definition: {
      en: "The requirement that the conduct concerned be a criminal offence in both the requesting and the requested State before cooperation such as extradition is granted. Under UNCAC it is satisfied if the underlying conduct is criminal in both States, whatever the offence is called or how it is classified.",
      zh: "在准予引渡等合作前，要求有关行为在请求国和被请求国均构成犯罪的条件。依照《公约》，只要所涉行为在两国法律中均为犯罪，无论罪名或者类别是否相同，即视为符合这一条件。",
    },
    articles: [43, 44, 46],
  },
  "gifts-and-hospitality": {
    term: {
      en: "Gifts and hospitality",
      zh: "礼品和款待",
      fr: "Cadeaux et invitations",
      es: "Obsequios y atenciones",
      ru: "Подарки и представительские расходы",
      ar: "الهدايا والضيافة",
    },
    definition: {
      en: "Presents, meals, travel, entertainment and similar benefits given or received in an official or business context. Modest, transparent courtesies may be acceptable, but lavish or frequent ones, or any given to influence a decision, can amount to an undue advantage; UNCAC calls for declaring substantial gifts.",
      zh: "在公务或者商务场合给予或者接受的礼品、餐饮、差旅、娱乐等利益。适度、透明的礼节往来可以接受，但价值过高、过于频繁或者意在影响决策的礼品和款待可能构成不正当好处；《公约》要求申报贵重馈赠。",
    },
    articles: [8, 15, 16, 21],
  },
  "third-party-intermediary": {
    term: {
      en: "Third-party intermediary",
      zh: "第三方中介",
      fr: "Intermédiaire tiers",
      es: "Intermediario externo",
      ru: "Сторонний посредник",
      ar: "وسيط من الغير",
    },
    definition: {
      en: "An agent, consultant, distributor, broker or other outside party who acts for an organization, for example in dealing with public officials. Bribes paid “indirectly” through intermediaries are covered by the UNCAC offences, and a company may be liable for them, so intermediaries require due diligence and monitoring.",
      zh: "代表某一组织行事（例如与公职人员打交道）的代理人、顾问、经销商、掮客等外部人员。通过中介“间接”行贿同样属于《公约》规定的犯罪，企业可能因此承担责任，因此应当对中介开展尽职调查和监督。",
    },
    articles: [15, 16, 21, 26],
  },
  "legal-person-liability": {
    term: {
      en: "Liability of legal persons",
      zh: "法人责任",
      fr: "Responsabilité des personnes morales",
      es: "Responsabilidad de las personas jurídicas",
      ru: "Ответственность юридических лиц",
      ar: "مسؤولية الشخصيات الاعتبارية",
    },
    definition: {
      en: "The responsibility of companies and other legal entities for participating in corruption offences. UNCAC requires States to establish it, in criminal, civil or administrative form, without prejudice to the liability of the individuals involved, and to impose effective, proportionate and dissuasive sanctions, including monetary sanctions.",
      zh: "公司和其他法律实体因参与腐败犯罪而应承担的责任。《公约》要求缔约国确立这种责任，可以是刑事、民事或者行政责任，且不影响有关自然人的责任，并要求给予有效、适度而且具有警戒性的制裁，包括金钱制裁。",
    },
    articles: [26],
  },
  "collective-action": {
    term: {
      en: "Collective action",
      zh: "集体行动",
      fr: "Action collective",
      es: "Acción colectiva",
      ru: "Коллективные действия",
      ar: "العمل الجماعي",
    },
    definition: {
      en: "A sustained, collaborative anti-corruption initiative in which companies in a sector or market, often with governments and civil society, agree on common integrity standards such as integrity pacts, to create a level playing field. It builds on UNCAC's calls for cooperation with and within the private sector and for participation of society.",
      zh: "同一行业或者市场的企业（常与政府和民间社会一起）商定共同廉洁标准（如廉洁协议）的持续性合作反腐败举措，旨在营造公平竞争环境。它体现了《公约》关于与私营部门合作、私营部门之间合作以及社会参与的要求。",
    },
    articles: [12, 13, 39],
  },
  "red-flag": {
    term: {
      en: "Red flag",
      zh: "危险信号",
      fr: "Signal d'alerte",
      es: "Señal de alerta",
      ru: "Тревожный сигнал",
      ar: "مؤشر إنذار",
    },
    definition: {
      en: "A warning sign that a transaction or relationship may involve corruption or money-laundering, such as an unusually high commission, a request for cash or payment to an offshore account, or an intermediary recommended by an official. A red flag calls for further inquiry before proceeding, and suspicious transactions may need to be reported.",
      zh: "表明某项交易或者关系可能涉及腐败或者洗钱的警示迹象，例如异常高额的佣金、要求以现金或者向离岸账户付款，或者由公职人员推荐的中介。出现危险信号时，应当先进一步核查再继续，可疑交易可能需要报告。",
    },
    articles: [12, 14, 52],
  },
} satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof GLOSSARY;

export function isGlossaryKey(k: string): k is GlossaryKey {
  return Object.hasOwn(GLOSSARY, k);
}
