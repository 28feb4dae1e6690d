/**
 * United Nations Convention against Corruption (UNCAC, General Assembly resolution 58/4 of
 * 31 October 2003): its eight chapters and 71 articles.
 *
 * Titles follow the Convention's six equally authentic texts (article 71). Summaries are our
 * own short paraphrases for learners, not the treaty text: they distinguish mandatory
 * obligations ("shall") from provisions a State Party "shall consider" or "shall endeavour"
 * to adopt, and from purely optional ones ("may").
 */
import type { Locale } from "./locale";

export type { Locale } from "./locale";

export type UncacChapterNumber = "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII";

export interface UncacChapter {
  number: UncacChapterNumber;
  firstArticle: number;
  lastArticle: number;
  title: Record<Locale, string>;
}

export interface UncacArticle {
  number: number;
  chapter: UncacChapterNumber;
  title: Record<Locale, string>;
  summary: { en: string; zh: string };
}

export const UNCAC_CHAPTERS: readonly UncacChapter[] = [
  {
    number: "I",
    firstArticle: 1,
    lastArticle: 4,
    title: {
      en: "General provisions",
      zh: "总则",
      fr: "Dispositions générales",
      es: "Disposiciones generales",
      ru: "Общие положения",
      ar: "أحكام عامة",
    },
  },
  {
    number: "II",
    firstArticle: 5,
    lastArticle: 14,
    title: {
      en: "Preventive measures",
      zh: "预防措施",
      fr: "Mesures préventives",
      es: "Medidas preventivas",
      ru: "Меры по предупреждению коррупции",
      ar: "التدابير الوقائية",
    },
  },
  {
    number: "III",
    firstArticle: 15,
    lastArticle: 42,
    title: {
      en: "Criminalization and law enforcement",
      zh: "定罪和执法",
      fr: "Incrimination, détection et répression",
      es: "Penalización y aplicación de la ley",
      ru: "Криминализация и правоохранительная деятельность",
      ar: "التجريم وإنفاذ القانون",
    },
  },
  {
    number: "IV",
    firstArticle: 43,
    lastArticle: 50,
    title: {
      en: "International cooperation",
      zh: "国际合作",
      fr: "Coopération internationale",
      es: "Cooperación internacional",
      ru: "Международное сотрудничество",
      ar: "التعاون الدولي",
    },
  },
  {
    number: "V",
    firstArticle: 51,
    lastArticle: 59,
    title: {
      en: "Asset recovery",
      zh: "资产的追回",
      fr: "Recouvrement d'avoirs",
      es: "Recuperación de activos",
      ru: "Меры по возвращению активов",
      ar: "استرداد الموجودات",
    },
  },
  {
    number: "VI",
    firstArticle: 60,
    lastArticle: 62,
    title: {
      en: "Technical assistance and information exchange",
      zh: "技术援助和信息交流",
      fr: "Assistance technique et échange d'informations",
      es: "Asistencia técnica e intercambio de información",
      ru: "Техническая помощь и обмен информацией",
      ar: "المساعدة التقنية وتبادل المعلومات",
    },
  },
  {
    number: "VII",
    firstArticle: 63,
    lastArticle: 64,
    title: {
      en: "Mechanisms for implementation",
      zh: "实施机制",
      fr: "Mécanismes d'application",
      es: "Mecanismos de aplicación",
      ru: "Механизмы осуществления",
      ar: "آليات التنفيذ",
    },
  },
  {
    number: "VIII",
    firstArticle: 65,
    lastArticle: 71,
    title: {
      en: "Final provisions",
      zh: "最后条款",
      fr: "Dispositions finales",
      es: "Disposiciones finales",
      ru: "Заключительные положения",
      ar: "أحكام ختامية",
    },
  },
];

export const UNCAC_ARTICLES: readonly UncacArticle[] = [
  // ── Chapter I. General provisions ────────────────────────────────────────────────────────
  {
    number: 1,
    chapter: "I",
    title: {
      en: "Statement of purpose",
      zh: "宗旨声明",
      fr: "Objet",
      es: "Finalidad",
      ru: "Цели",
      ar: "بيان الأغراض",
    },
    summary: {
      en: "Sets the Convention's three purposes: to prevent and combat corruption more efficiently and effectively; to promote international cooperation and technical assistance, including in asset recovery; and to promote integrity, accountability and proper management of public affairs and public property.",
      zh: "确定公约的三项宗旨：更加高效而有力地预防和打击腐败；促进国际合作和技术援助，包括在资产追回方面；提倡廉正、问责制和对公共事务和公共财产的妥善管理。",
    },
  },
  {
    number: 2,
    chapter: "I",
    title: {
      en: "Use of terms",
      zh: "术语的使用",
      fr: "Terminologie",
      es: "Definiciones",
      ru: "Термины",
      ar: "المصطلحات المستخدمة",
    },
    summary: {
      en: "Defines the key terms used throughout the Convention, including “public official”, “foreign public official”, “official of a public international organization”, “property”, “proceeds of crime”, “freezing or seizure”, “confiscation”, “predicate offence” and “controlled delivery”.",
      zh: "界定公约通篇使用的关键术语，包括“公职人员”“外国公职人员”“国际公共组织官员”“财产”“犯罪所得”“冻结或者扣押”“没收”“上游犯罪”和“控制下交付”。",
    },
  },
  {
    number: 3,
    chapter: "I",
    title: {
      en: "Scope of application",
      zh: "适用范围",
      fr: "Champ d'application",
      es: "Ámbito de aplicación",
      ru: "Сфера применения",
      ar: "نطاق الانطباق",
    },
    summary: {
      en: "The Convention applies to the prevention, investigation and prosecution of corruption and to the freezing, seizure, confiscation and return of proceeds of Convention offences. Except where it provides otherwise, an offence need not have caused damage or harm to State property for the Convention to apply.",
      zh: "公约适用于腐败的预防、侦查和起诉，以及根据公约确立的犯罪所得的冻结、扣押、没收和返还。除另有规定外，适用公约不要求犯罪对国家财产造成损害或者侵害。",
    },
  },
  {
    number: 4,
    chapter: "I",
    title: {
      en: "Protection of sovereignty",
      zh: "保护主权",
      fr: "Protection de la souveraineté",
      es: "Protección de la soberanía",
      ru: "Защита суверенитета",
      ar: "صون السيادة",
    },
    summary: {
      en: "States Parties shall carry out their obligations consistently with sovereign equality, territorial integrity and non-intervention in the domestic affairs of other States. Nothing in the Convention entitles a State Party to exercise jurisdiction or functions reserved to the authorities of another State in that State's territory.",
      zh: "缔约国在履行公约义务时应当恪守各国主权平等、领土完整以及不干涉他国内政的原则。公约任何规定均不赋予缔约国在另一国领域内行使管辖权或者履行该国法律专属于该国机关的职能的权利。",
    },
  },

  // ── Chapter II. Preventive measures ──────────────────────────────────────────────────────
  {
    number: 5,
    chapter: "II",
    title: {
      en: "Preventive anti-corruption policies and practices",
      zh: "预防性反腐败政策和做法",
      fr: "Politiques et pratiques de prévention de la corruption",
      es: "Políticas y prácticas de prevención de la corrupción",
      ru: "Политика и практика предупреждения и противодействия коррупции",
      ar: "سياسات وممارسات مكافحة الفساد الوقائية",
    },
    summary: {
      en: "Each State Party shall develop and implement or maintain effective, coordinated anti-corruption policies that promote the participation of society and reflect the rule of law, integrity, transparency and accountability. It shall endeavour to establish effective preventive practices and to evaluate its legal instruments and administrative measures periodically.",
      zh: "各缔约国均应当制定和执行或者坚持有效而协调的反腐败政策，促进社会参与，并体现法治、廉正、透明度和问责制等原则。各缔约国均应当努力建立有效的预防腐败做法，并定期评估有关法律文书和行政措施。",
    },
  },
  {
    number: 6,
    chapter: "II",
    title: {
      en: "Preventive anti-corruption body or bodies",
      zh: "预防性反腐败机构",
      fr: "Organe ou organes de prévention de la corruption",
      es: "Órgano u órganos de prevención de la corrupción",
      ru: "Орган или органы по предупреждению и противодействию коррупции",
      ar: "هيئة أو هيئات مكافحة الفساد الوقائية",
    },
    summary: {
      en: "Each State Party shall ensure the existence of a body or bodies that prevent corruption, for example by implementing and coordinating anti-corruption policies and disseminating knowledge. It shall grant them the necessary independence, free from undue influence, together with adequate resources and trained staff.",
      zh: "各缔约国均应当确保设有一个或者酌情设有多个机构，通过执行和协调反腐败政策、增进和传播预防腐败知识等方式预防腐败。缔约国应当赋予这些机构必要的独立性，使其能够不受任何不正当影响地履行职能，并提供必要的物质资源和专职工作人员。",
    },
  },
  {
    number: 7,
    chapter: "II",
    title: {
      en: "Public sector",
      zh: "公共部门",
      fr: "Secteur public",
      es: "Sector público",
      ru: "Публичный сектор",
      ar: "القطاع العام",
    },
    summary: {
      en: "Each State Party shall endeavour, where appropriate, to adopt merit-based and transparent systems for the recruitment, hiring, promotion and retirement of civil servants and to prevent conflicts of interest. It shall also consider measures setting criteria for candidature and election to public office and enhancing transparency in the funding of candidatures and political parties.",
      zh: "各缔约国均应当酌情努力采用以效率、透明度和功绩等客观标准为基础的公务员招聘、雇用、晋升和退休制度，并努力防止利益冲突。各缔约国还均应当考虑采取措施，规定公职候选人和当选的标准，并提高公职候选人竞选经费筹措及政党经费筹措的透明度。",
    },
  },
  {
    number: 8,
    chapter: "II",
    title: {
      en: "Codes of conduct for public officials",
      zh: "公职人员行为守则",
      fr: "Codes de conduite des agents publics",
      es: "Códigos de conducta para funcionarios públicos",
      ru: "Кодексы поведения публичных должностных лиц",
      ar: "مدونات قواعد سلوك للموظفين العموميين",
    },
    summary: {
      en: "Each State Party shall promote integrity, honesty and responsibility among public officials and shall endeavour to apply codes or standards of conduct and systems requiring declarations of outside activities, investments, assets and substantial gifts. It shall also consider measures making it easier for officials to report acts of corruption, and disciplinary measures against officials who breach the codes.",
      zh: "各缔约国均应当在公职人员中提倡廉正、诚实和尽责，并应当努力适用公职人员行为守则或者标准，以及要求公职人员申报其外部活动、投资、资产以及贵重馈赠或者重大利益的制度。各缔约国还均应当考虑建立便利公职人员举报腐败行为的措施，并对违反守则的公职人员采取纪律措施。",
    },
  },
  {
    number: 9,
    chapter: "II",
    title: {
      en: "Public procurement and management of public finances",
      zh: "公共采购和公共财政管理",
      fr: "Passation des marchés publics et gestion des finances publiques",
      es: "Contratación pública y gestión de la hacienda pública",
      ru: "Публичные закупки и управление публичными финансами",
      ar: "المشتريات العمومية وإدارة الأموال العمومية",
    },
    summary: {
      en: "Each State Party shall take the necessary steps to establish procurement systems based on transparency, competition and objective decision criteria, with public information on tenders and an effective system of domestic review and appeal. It shall also take measures to promote transparency and accountability in managing public finances and to preserve the integrity of accounting records.",
      zh: "各缔约国均应当采取必要步骤，建立以透明度、竞争和客观决策标准为基础的采购制度，包括公开分发招标信息和建立有效的国内复审和上诉制度。各缔约国还均应当采取适当措施，促进公共财政管理的透明度和问责制，并防止篡改会计账簿、记录等财务文件。",
    },
  },
  {
    number: 10,
    chapter: "II",
    title: {
      en: "Public reporting",
      zh: "公共报告",
      fr: "Information du public",
      es: "Información pública",
      ru: "Публичная отчетность",
      ar: "إبلاغ الناس",
    },
    summary: {
      en: "Each State Party shall take measures to enhance transparency in its public administration, for example procedures allowing the public to obtain information on how the administration is organized and takes decisions, simplified administrative procedures, and publication of information including periodic reports on the risks of corruption.",
      zh: "各缔约国均应当采取必要措施提高公共行政部门的透明度，例如制定使公众能够了解公共行政部门组织结构、运作和决策过程的程序，简化行政程序，以及公布资料，包括公共行政部门腐败风险问题定期报告。",
    },
  },
  {
    number: 11,
    chapter: "II",
    title: {
      en: "Measures relating to the judiciary and prosecution services",
      zh: "与审判和检察机关有关的措施",
      fr: "Mesures concernant les juges et les services de poursuite",
      es: "Medidas relativas al poder judicial y al ministerio público",
      ru: "Меры в отношении судебных органов и органов прокуратуры",
      ar: "التدابير المتعلقة بالجهاز القضائي وأجهزة النيابة العامة",
    },
    summary: {
      en: "Bearing in mind judicial independence, each State Party shall take measures to strengthen integrity and prevent opportunities for corruption among members of the judiciary, which may include rules of conduct. Similar measures may be introduced in the prosecution service where it is not part of the judiciary but enjoys similar independence.",
      zh: "考虑到审判机关独立的重要性，各缔约国均应当在不影响审判独立的情况下采取措施，加强审判机关人员的廉正并防止其腐败，其中可以包括关于行为的规则。在检察机关不属于审判机关但享有类似独立性的缔约国，可以在检察机关中采用和适用类似措施。",
    },
  },
  {
    number: 12,
    chapter: "II",
    title: {
      en: "Private sector",
      zh: "私营部门",
      fr: "Secteur privé",
      es: "Sector privado",
      ru: "Частный сектор",
      ar: "القطاع الخاص",
    },
    summary: {
      en: "Each State Party shall take measures to prevent corruption involving the private sector, to enhance accounting and auditing standards and, where appropriate, to provide effective, proportionate and dissuasive penalties for failing to comply; it shall prohibit off-the-books accounts, fictitious entries and similar practices used to commit Convention offences. It shall also disallow the tax deductibility of bribes.",
      zh: "各缔约国均应当采取措施防止涉及私营部门的腐败，加强私营部门的会计和审计标准，并酌情对不遵守措施的行为规定有效、适度而且具有警戒性的民事、行政或者刑事处罚；应当禁止为实施公约所确立的犯罪而设立账外账户、进行账外交易、虚列支出等行为。各缔约国还均应当拒绝对构成贿赂的费用实行税款扣减。",
    },
  },
  {
    number: 13,
    chapter: "II",
    title: {
      en: "Participation of society",
      zh: "社会参与",
      fr: "Participation de la société",
      es: "Participación de la sociedad",
      ru: "Участие общества",
      ar: "مشاركة المجتمع",
    },
    summary: {
      en: "Each State Party shall take appropriate measures to promote the active participation of individuals and groups outside the public sector, such as civil society, non-governmental and community-based organizations, in preventing and fighting corruption, including by ensuring public access to information. It shall also make the relevant anti-corruption bodies known to the public and provide access to them for reporting, including anonymously.",
      zh: "各缔约国均应当采取适当措施，推动公共部门以外的个人和团体，例如民间社会、非政府组织和社区组织等，积极参与预防和打击腐败，包括确保公众有效获得信息。各缔约国还均应当采取适当措施，确保公众知悉有关反腐败机构，并提供向其举报（包括匿名举报）的途径。",
    },
  },
  {
    number: 14,
    chapter: "II",
    title: {
      en: "Measures to prevent money-laundering",
      zh: "预防洗钱的措施",
      fr: "Mesures visant à prévenir le blanchiment d'argent",
      es: "Medidas para prevenir el blanqueo de dinero",
      ru: "Меры по предупреждению отмывания денежных средств",
      ar: "تدابير منع غسل الأموال",
    },
    summary: {
      en: "Each State Party shall institute a comprehensive domestic regulatory and supervisory regime for banks and non-bank financial institutions, stressing customer and beneficial-owner identification, record-keeping and the reporting of suspicious transactions, and shall ensure that authorities can cooperate and exchange information, considering a financial intelligence unit. It shall consider measures to detect and monitor cross-border movements of cash and to require originator information in electronic funds transfers.",
      zh: "各缔约国均应当对银行和非银行金融机构建立全面的国内管理和监督制度，着重就验证客户身份和视情况验证实际受益人身份、保持记录和报告可疑交易作出规定，并确保有关机关能够在国内和国际一级开展合作和交换信息，为此应当考虑建立金融情报机构。缔约国还均应当考虑采取措施监测和跟踪现金跨境流动，并要求电子资金划拨附带汇款人的准确信息。",
    },
  },

  // ── Chapter III. Criminalization and law enforcement ────────────────────────────────────
  {
    number: 15,
    chapter: "III",
    title: {
      en: "Bribery of national public officials",
      zh: "贿赂本国公职人员",
      fr: "Corruption d'agents publics nationaux",
      es: "Soborno de funcionarios públicos nacionales",
      ru: "Подкуп национальных публичных должностных лиц",
      ar: "رشو الموظفين العموميين الوطنيين",
    },
    summary: {
      en: "Each State Party shall establish as criminal offences, when committed intentionally, both active bribery (promising, offering or giving a public official an undue advantage) and passive bribery (a public official soliciting or accepting one), directly or indirectly, for the official or another person, in order that the official act or refrain from acting in the exercise of official duties. This is a mandatory offence.",
      zh: "各缔约国均应当将下列故意实施的行为规定为犯罪：直接或者间接向公职人员许诺给予、提议给予或者实际给予该公职人员本人或者其他人员或实体不正当好处（主动贿赂），以及公职人员为其本人或者其他人员或实体直接或者间接索取或者收受不正当好处（被动贿赂），以使该公职人员在执行公务时作为或者不作为。这是强制性定罪条款。",
    },
  },
  {
    number: 16,
    chapter: "III",
    title: {
      en: "Bribery of foreign public officials and officials of public international organizations",
      zh: "贿赂外国公职人员或者国际公共组织官员",
      fr: "Corruption d'agents publics étrangers et de fonctionnaires d'organisations internationales publiques",
      es: "Soborno de funcionarios públicos extranjeros y de funcionarios de organizaciones internacionales públicas",
      ru: "Подкуп иностранных публичных должностных лиц и должностных лиц публичных международных организаций",
      ar: "رشو الموظفين العموميين الأجانب وموظفي المؤسسات الدولية العمومية",
    },
    summary: {
      en: "Each State Party shall criminalize intentionally promising, offering or giving an undue advantage to a foreign public official or an official of a public international organization in order to obtain or retain business or another undue advantage in the conduct of international business (mandatory). It shall consider criminalizing the solicitation or acceptance of such an advantage by those officials (optional).",
      zh: "各缔约国均应当将故意直接或者间接向外国公职人员或者国际公共组织官员许诺给予、提议给予或者实际给予不正当好处，以获得或者保留与进行国际商务有关的商业或者其他不正当好处的行为规定为犯罪（强制性）。各缔约国均应当考虑将上述官员索取或者收受不正当好处的行为规定为犯罪（非强制性）。",
    },
  },
  {
    number: 17,
    chapter: "III",
    title: {
      en: "Embezzlement, misappropriation or other diversion of property by a public official",
      zh: "公职人员贪污、挪用或者以其他类似方式侵犯财产",
      fr: "Soustraction, détournement ou autre usage illicite de biens par un agent public",
      es: "Malversación o peculado, apropiación indebida u otras formas de desviación de bienes por un funcionario público",
      ru: "Хищение, неправомерное присвоение или иное нецелевое использование имущества публичным должностным лицом",
      ar: "اختلاس الممتلكات أو تبديدها أو تسريبها بشكل آخر من قبل موظف عمومي",
    },
    summary: {
      en: "Each State Party shall criminalize the intentional embezzlement, misappropriation or other diversion by a public official, for his or her own benefit or that of another person or entity, of any property, public or private funds or securities or any other thing of value entrusted to the official by virtue of his or her position. This is a mandatory offence.",
      zh: "各缔约国均应当将公职人员为其本人的利益或者其他人员或实体的利益，故意贪污、挪用或者以其他类似方式侵犯其因职务而受托的任何财产、公共资金、私人资金、公共证券、私人证券或者其他任何贵重物品的行为规定为犯罪。这是强制性定罪条款。",
    },
  },
  {
    number: 18,
    chapter: "III",
    title: {
      en: "Trading in influence",
      zh: "影响力交易",
      fr: "Trafic d'influence",
      es: "Tráfico de influencias",
      ru: "Злоупотребление влиянием в корыстных целях",
      ar: "المتاجرة بالنفوذ",
    },
    summary: {
      en: "Each State Party shall consider criminalizing the promise, offer or giving of an undue advantage to a public official or any other person so that they abuse their real or supposed influence to obtain an undue advantage from a public authority, and the corresponding solicitation or acceptance. This is a non-mandatory offence.",
      zh: "各缔约国均应当考虑将下列故意实施的行为规定为犯罪：向公职人员或者其他任何人员许诺给予、提议给予或者实际给予任何不正当好处，以使其滥用本人的实际影响力或者被认为具有的影响力，从行政部门或者公共机关获得不正当好处；以及公职人员或者其他任何人员为此索取或者收受不正当好处。这是非强制性定罪条款。",
    },
  },
  {
    number: 19,
    chapter: "III",
    title: {
      en: "Abuse of functions",
      zh: "滥用职权",
      fr: "Abus de fonctions",
      es: "Abuso de funciones",
      ru: "Злоупотребление служебным положением",
      ar: "إساءة استغلال الوظائف",
    },
    summary: {
      en: "Each State Party shall consider criminalizing the intentional abuse of functions or position by a public official, that is, performing or failing to perform an act in violation of the law in the discharge of his or her functions, in order to obtain an undue advantage for the official or another person or entity. This is a non-mandatory offence.",
      zh: "各缔约国均应当考虑将公职人员故意滥用职权或者地位，即在履行职务时违反法律作为或者不作为，以为其本人或者其他人员或实体获得不正当好处的行为规定为犯罪。这是非强制性定罪条款。",
    },
  },
  {
    number: 20,
    chapter: "III",
    title: {
      en: "Illicit enrichment",
      zh: "资产非法增加",
      fr: "Enrichissement illicite",
      es: "Enriquecimiento ilícito",
      ru: "Незаконное обогащение",
      ar: "الإثراء غير المشروع",
    },
    summary: {
      en: "Subject to its constitution and the fundamental principles of its legal system, each State Party shall consider criminalizing illicit enrichment: a significant increase in the assets of a public official that he or she cannot reasonably explain in relation to his or her lawful income. This is a non-mandatory offence.",
      zh: "在不违背本国宪法和本国法律制度基本原则的情况下，各缔约国均应当考虑将资产非法增加，即公职人员的资产显著增加，而本人无法以其合法收入作出合理解释的故意行为规定为犯罪。这是非强制性定罪条款。",
    },
  },
  {
    number: 21,
    chapter: "III",
    title: {
      en: "Bribery in the private sector",
      zh: "私营部门内的贿赂",
      fr: "Corruption dans le secteur privé",
      es: "Soborno en el sector privado",
      ru: "Подкуп в частном секторе",
      ar: "الرشوة في القطاع الخاص",
    },
    summary: {
      en: "Each State Party shall consider criminalizing, in the course of economic, financial or commercial activities, the promise, offer or giving of an undue advantage to any person who directs or works for a private-sector entity so that he or she, in breach of duties, acts or refrains from acting, and the corresponding solicitation or acceptance. This is a non-mandatory offence.",
      zh: "各缔约国均应当考虑将经济、金融或者商业活动过程中的下列故意行为规定为犯罪：直接或者间接向以任何身份领导私营部门实体或者为该实体工作的任何人许诺给予、提议给予或者实际给予不正当好处，以使其违背职责作为或者不作为；以及上述人员为此索取或者收受不正当好处。这是非强制性定罪条款。",
    },
  },
  {
    number: 22,
    chapter: "III",
    title: {
      en: "Embezzlement of property in the private sector",
      zh: "私营部门内的侵吞财产",
      fr: "Soustraction de biens dans le secteur privé",
      es: "Malversación o peculado de bienes en el sector privado",
      ru: "Хищение имущества в частном секторе",
      ar: "اختلاس الممتلكات في القطاع الخاص",
    },
    summary: {
      en: "Each State Party shall consider criminalizing the intentional embezzlement, in the course of economic, financial or commercial activities, by a person who directs or works for a private-sector entity of any property, funds, securities or other thing of value entrusted to him or her by virtue of his or her position. This is a non-mandatory offence.",
      zh: "各缔约国均应当考虑将经济、金融或者商业活动中以任何身份领导私营部门实体或者在该实体中工作的人员，故意侵吞其因职务而受托的任何财产、私人资金、私人证券或者其他任何贵重物品的行为规定为犯罪。这是非强制性定罪条款。",
    },
  },
  {
    number: 23,
    chapter: "III",
    title: {
      en: "Laundering of proceeds of crime",
      zh: "对犯罪所得的洗钱行为",
      fr: "Blanchiment du produit du crime",
      es: "Blanqueo del producto del delito",
      ru: "Отмывание доходов от преступлений",
      ar: "غسل العائدات الإجرامية",
    },
    summary: {
      en: "In accordance with the fundamental principles of its domestic law, each State Party shall criminalize the conversion or transfer of property known to be proceeds of crime to conceal its illicit origin, and the concealment or disguise of its true nature, source or ownership; subject to the basic concepts of its legal system, it shall also criminalize acquiring, possessing or using such property and participating in these offences. Predicate offences must include, at a minimum, a comprehensive range of the Convention's offences.",
      zh: "各缔约国均应当依照本国法律的基本原则，将明知财产为犯罪所得而为隐瞒或者掩饰其非法来源而转换或者转移该财产，以及隐瞒或者掩饰其真实性质、来源、所在地、处分、转移或者所有权的故意行为规定为犯罪；在符合本国法律制度基本概念的情况下，还应当将获取、占有或者使用此类财产以及参与、共谋、未遂、协助等行为规定为犯罪。上游犯罪至少应当包括根据公约确立的各类犯罪。",
    },
  },
  {
    number: 24,
    chapter: "III",
    title: {
      en: "Concealment",
      zh: "窝赃",
      fr: "Recel",
      es: "Encubrimiento",
      ru: "Сокрытие",
      ar: "الإخفاء",
    },
    summary: {
      en: "Without prejudice to article 23, each State Party shall consider criminalizing the intentional concealment or continued retention of property, after a Convention offence has been committed and without having participated in it, when the person knows the property results from such an offence. This is a non-mandatory offence.",
      zh: "在不影响第二十三条规定的情况下，各缔约国均应当考虑将下述故意行为规定为犯罪：行为所涉及的人员虽未参与根据公约确立的任何犯罪，但在这些犯罪实施后，明知财产是这些犯罪的结果而窝藏或者继续保留这种财产。这是非强制性定罪条款。",
    },
  },
  {
    number: 25,
    chapter: "III",
    title: {
      en: "Obstruction of justice",
      zh: "妨害司法",
      fr: "Entrave au bon fonctionnement de la justice",
      es: "Obstrucción de la justicia",
      ru: "Воспрепятствование осуществлению правосудия",
      ar: "إعاقة سير العدالة",
    },
    summary: {
      en: "Each State Party shall criminalize using physical force, threats or intimidation, or promising, offering or giving an undue advantage, to induce false testimony or to interfere with testimony or evidence in proceedings relating to Convention offences, and using force, threats or intimidation to interfere with justice or law enforcement officials performing their duties. This is a mandatory offence.",
      zh: "各缔约国均应当将下列故意行为规定为犯罪：在涉及根据公约确立的犯罪的诉讼中，使用暴力、威胁或者恐吓，或者许诺给予、提议给予或者实际给予不正当好处，以诱使提供虚假证言或者干扰证言或证据的提供；以及使用暴力、威胁或者恐吓，干扰审判或者执法人员针对此类犯罪执行公务。这是强制性定罪条款。",
    },
  },
  {
    number: 26,
    chapter: "III",
    title: {
      en: "Liability of legal persons",
      zh: "法人责任",
      fr: "Responsabilité des personnes morales",
      es: "Responsabilidad de las personas jurídicas",
      ru: "Ответственность юридических лиц",
      ar: "مسؤولية الشخصيات الاعتبارية",
    },
    summary: {
      en: "Each State Party shall adopt measures, consistent with its legal principles, to establish the liability of legal persons for participation in Convention offences; that liability may be criminal, civil or administrative and is without prejudice to the liability of the natural persons who committed the offences. Each State Party shall ensure that legal persons are subject to effective, proportionate and dissuasive sanctions, including monetary sanctions.",
      zh: "各缔约国均应当采取符合其法律原则的必要措施，确定法人参与根据公约确立的犯罪应当承担的责任；法人责任可以包括刑事、民事或者行政责任，并且不应当影响实施这种犯罪的自然人的刑事责任。各缔约国均应当确保法人受到有效、适度而且具有警戒性的刑事或者非刑事制裁，包括金钱制裁。",
    },
  },
  {
    number: 27,
    chapter: "III",
    title: {
      en: "Participation and attempt",
      zh: "参与和未遂",
      fr: "Participation et tentative",
      es: "Participación y tentativa",
      ru: "Участие и покушение",
      ar: "المشاركة والشروع",
    },
    summary: {
      en: "Each State Party shall criminalize participation in any capacity, such as accomplice, assistant or instigator, in a Convention offence. It may also criminalize any attempt to commit such an offence and the preparation of one.",
      zh: "各缔约国均应当将以共犯、从犯或者教唆犯等任何身份参与根据公约确立的犯罪规定为犯罪。各缔约国均可以将实施根据公约确立的犯罪的任何未遂和预备行为规定为犯罪。",
    },
  },
  {
    number: 28,
    chapter: "III",
    title: {
      en: "Knowledge, intent and purpose as elements of an offence",
      zh: "作为犯罪要素的明知、故意或者目的",
      fr: "La connaissance, l'intention et la motivation en tant qu'éléments d'une infraction",
      es: "Conocimiento, intención y propósito como elementos de un delito",
      ru: "Осознание, намерение и умысел как элементы преступления",
      ar: "العلم والنية والغرض باعتبارها أركانا للفعل الإجرامي",
    },
    summary: {
      en: "Knowledge, intent or purpose required as an element of a Convention offence may be inferred from objective factual circumstances.",
      zh: "根据公约确立的犯罪所需具备的明知、故意或者目的等要素，可以根据客观实际情况予以推定。",
    },
  },
  {
    number: 29,
    chapter: "III",
    title: {
      en: "Statute of limitations",
      zh: "时效",
      fr: "Prescription",
      es: "Prescripción",
      ru: "Срок давности",
      ar: "التقادم",
    },
    summary: {
      en: "Each State Party shall, where appropriate, establish a long limitation period for commencing proceedings for Convention offences, and a longer period or a suspension of the limitation where the alleged offender has evaded the administration of justice.",
      zh: "各缔约国均应当根据本国法律酌情规定一个较长的时效，以便在此期限内对根据公约确立的任何犯罪启动诉讼程序；对于被指控犯罪的人员已经逃避司法处置的情形，应当规定更长的时效或者暂停时效。",
    },
  },
  {
    number: 30,
    chapter: "III",
    title: {
      en: "Prosecution, adjudication and sanctions",
      zh: "起诉、审判和制裁",
      fr: "Poursuites judiciaires, jugement et sanctions",
      es: "Proceso, fallo y sanciones",
      ru: "Преследование, вынесение судебного решения и санкции",
      ar: "الملاحقة والمقاضاة والجزاءات",
    },
    summary: {
      en: "Each State Party shall make Convention offences liable to sanctions that take their gravity into account and shall strike an appropriate balance between any immunities of public officials and the possibility of effectively investigating and prosecuting them. It shall also consider procedures for removing or suspending accused officials and for disqualifying convicted persons from public office or from enterprises owned by the State.",
      zh: "各缔约国均应当使根据公约确立的犯罪受到与其严重性相当的制裁，并应当在公职人员享有的豁免或者司法特权与在必要时对其进行有效侦查、起诉和审判的可能性之间取得适当平衡。各缔约国还均应当考虑建立撤职、停职或者调职程序，以及在适当期限内取消被定罪者担任公职或者在国有企业任职的资格。",
    },
  },
  {
    number: 31,
    chapter: "III",
    title: {
      en: "Freezing, seizure and confiscation",
      zh: "冻结、扣押和没收",
      fr: "Gel, saisie et confiscation",
      es: "Embargo preventivo, incautación y decomiso",
      ru: "Замораживание, арест и конфискация",
      ar: "التجميد والحجز والمصادرة",
    },
    summary: {
      en: "Each State Party shall take, to the greatest extent possible within its domestic legal system, the measures needed to enable confiscation of proceeds of Convention offences (or property of equivalent value) and of instrumentalities, and to identify, trace, freeze or seize them; courts must be able to order that bank, financial or commercial records be made available, and bank secrecy is no ground for refusing. A State Party may consider requiring an offender to demonstrate the lawful origin of alleged proceeds.",
      zh: "各缔约国均应当在本国法律制度的范围内尽最大可能采取必要措施，以便能够没收根据公约确立的犯罪的所得或者价值与之相当的财产，以及用于或者拟用于犯罪的财产、设备或者其他工具，并辨认、追查、冻结或者扣押上述物品；法院或者其他主管机关应当有权下令提供或者扣押银行、财务或者商业记录，不得以银行保密为由拒绝。缔约国可以考虑要求由犯罪人证明所指称的犯罪所得的合法来源。",
    },
  },
  {
    number: 32,
    chapter: "III",
    title: {
      en: "Protection of witnesses, experts and victims",
      zh: "保护证人、鉴定人和被害人",
      fr: "Protection des témoins, des experts et des victimes",
      es: "Protección de testigos, peritos y víctimas",
      ru: "Защита свидетелей, экспертов и потерпевших",
      ar: "حماية الشهود والخبراء والضحايا",
    },
    summary: {
      en: "Each State Party shall take appropriate measures, within its means, to provide effective protection from potential retaliation or intimidation for witnesses and experts who testify about Convention offences (and, where appropriate, their relatives), for example physical protection, relocation or limits on disclosure of identity. It shall enable victims' views and concerns to be presented and considered in criminal proceedings.",
      zh: "各缔约国均应当根据本国法律制度并在其力所能及的范围内采取适当措施，为就根据公约确立的犯罪作证的证人和鉴定人并酌情为其亲属提供有效保护，使其免遭可能的报复或者恐吓，例如提供人身保护、更换住所或者限制披露其身份。各缔约国均应当在不违背本国法律的情况下，使被害人的意见和关切在刑事诉讼的适当阶段得到表达和考虑。",
    },
  },
  {
    number: 33,
    chapter: "III",
    title: {
      en: "Protection of reporting persons",
      zh: "保护举报人",
      fr: "Protection des personnes qui communiquent des informations",
      es: "Protección de los denunciantes",
      ru: "Защита лиц, сообщающих информацию",
      ar: "حماية المبلّغين",
    },
    summary: {
      en: "Each State Party shall consider incorporating into its domestic legal system appropriate measures to protect against any unjustified treatment any person who reports, in good faith and on reasonable grounds, facts concerning Convention offences to the competent authorities. This provision is non-mandatory.",
      zh: "各缔约国均应当考虑在本国法律制度中纳入适当措施，以便对出于善意并以合理理由向主管机关举报涉及根据公约确立的犯罪的任何事实的任何人员提供保护，使其不致受到任何不公正待遇。这是非强制性条款。",
    },
  },
  {
    number: 34,
    chapter: "III",
    title: {
      en: "Consequences of acts of corruption",
      zh: "腐败行为的后果",
      fr: "Conséquences d'actes de corruption",
      es: "Consecuencias de los actos de corrupción",
      ru: "Последствия коррупционных деяний",
      ar: "عواقب أفعال الفساد",
    },
    summary: {
      en: "With due regard to the rights of third parties acquired in good faith, each State Party shall take measures to address the consequences of corruption. It may consider corruption a relevant factor in legal proceedings to annul or rescind a contract, withdraw a concession or similar instrument, or take other remedial action.",
      zh: "各缔约国均应当在适当顾及第三人善意取得的权利的情况下，根据本国法律的基本原则采取措施，消除腐败行为的后果。缔约国可以将腐败视为在法律程序中废止或者撤销合同、取消特许权或者其他类似文书或者采取其他任何救济行动的相关因素。",
    },
  },
  {
    number: 35,
    chapter: "III",
    title: {
      en: "Compensation for damage",
      zh: "损害赔偿",
      fr: "Réparation du préjudice",
      es: "Indemnización por daños y perjuicios",
      ru: "Компенсация ущерба",
      ar: "التعويض عن الضرر",
    },
    summary: {
      en: "Each State Party shall take measures, in accordance with the principles of its domestic law, to ensure that entities or persons who have suffered damage as a result of an act of corruption have the right to initiate legal proceedings against those responsible in order to obtain compensation.",
      zh: "各缔约国均应当根据本国法律的原则采取必要措施，确保因腐败行为而受到损害的实体或者个人有权为获得赔偿而对该损害的责任者提起法律程序。",
    },
  },
  {
    number: 36,
    chapter: "III",
    title: {
      en: "Specialized authorities",
      zh: "专职机关",
      fr: "Autorités spécialisées",
      es: "Autoridades especializadas",
      ru: "Специализированные органы",
      ar: "السلطات المتخصصة",
    },
    summary: {
      en: "Each State Party shall ensure the existence of a body or bodies, or persons, specialized in combating corruption through law enforcement, granted the necessary independence to work effectively and without undue influence, and given appropriate training and resources.",
      zh: "各缔约国均应当根据本国法律制度的基本原则，确保设有一个或多个机构或者安排了人员专职负责通过执法打击腐败；这类机构或者人员应当拥有必要的独立性，以便能够在不受任何不正当影响的情况下有效履行职能，并应当得到适当培训和资源。",
    },
  },
  {
    number: 37,
    chapter: "III",
    title: {
      en: "Cooperation with law enforcement authorities",
      zh: "与执法机关的合作",
      fr: "Coopération avec les services de détection et de répression",
      es: "Cooperación con las autoridades encargadas de hacer cumplir la ley",
      ru: "Сотрудничество с правоохранительными органами",
      ar: "التعاون مع سلطات إنفاذ القانون",
    },
    summary: {
      en: "Each State Party shall take measures to encourage persons who participated in Convention offences to supply information and concrete help to the authorities for investigative and evidentiary purposes. It shall consider mitigating the punishment of, or (under its legal principles) granting immunity from prosecution to, an accused person who provides substantial cooperation; such persons are protected as under article 32.",
      zh: "各缔约国均应当采取适当措施，鼓励参与或者曾经参与实施根据公约确立的犯罪的人向主管机关提供有助于侦查和取证的信息和实际具体帮助。对于在侦查或者起诉中提供实质性配合的被告人，各缔约国均应当考虑规定可以减轻处罚，或者根据本国法律的基本原则准予免予起诉；此类人员应当比照第三十二条受到保护。",
    },
  },
  {
    number: 38,
    chapter: "III",
    title: {
      en: "Cooperation between national authorities",
      zh: "国家机关之间的合作",
      fr: "Coopération entre autorités nationales",
      es: "Cooperación entre organismos nacionales",
      ru: "Сотрудничество между национальными органами",
      ar: "التعاون بين السلطات الوطنية",
    },
    summary: {
      en: "Each State Party shall take measures to encourage cooperation between its public authorities and officials, on the one hand, and the authorities responsible for investigating and prosecuting criminal offences, on the other, for example by informing them on their own initiative when there are reasonable grounds to believe a Convention offence has been committed, or by providing information on request.",
      zh: "各缔约国均应当采取必要措施，鼓励本国公共机关及其公职人员与负责侦查和起诉犯罪的机关之间开展合作，例如在有合理理由相信发生了根据公约确立的犯罪时主动向后者通报，或者根据请求向后者提供一切必要信息。",
    },
  },
  {
    number: 39,
    chapter: "III",
    title: {
      en: "Cooperation between national authorities and the private sector",
      zh: "国家机关与私营部门之间的合作",
      fr: "Coopération entre autorités nationales et secteur privé",
      es: "Cooperación entre los organismos nacionales y el sector privado",
      ru: "Сотрудничество между национальными органами и частным сектором",
      ar: "التعاون بين السلطات الوطنية والقطاع الخاص",
    },
    summary: {
      en: "Each State Party shall take measures to encourage cooperation between national investigating and prosecuting authorities and private-sector entities, in particular financial institutions, on matters involving Convention offences. It shall consider encouraging its nationals and habitual residents to report such offences to the authorities.",
      zh: "各缔约国均应当采取必要措施，鼓励本国侦查和检察机关与私营部门实体特别是金融机构之间就根据公约确立的犯罪的实施所涉事项进行合作。各缔约国均应当考虑鼓励本国国民以及在其领域内有惯常居所的其他人员向国家侦查和检察机关举报此类犯罪。",
    },
  },
  {
    number: 40,
    chapter: "III",
    title: {
      en: "Bank secrecy",
      zh: "银行保密",
      fr: "Secret bancaire",
      es: "Secreto bancario",
      ru: "Банковская тайна",
      ar: "السرية المصرفية",
    },
    summary: {
      en: "Each State Party shall ensure that, in domestic criminal investigations of Convention offences, its legal system has appropriate mechanisms to overcome obstacles that may arise from bank secrecy laws.",
      zh: "各缔约国均应当确保在对根据公约确立的犯罪进行国内刑事侦查时，其国内法律制度中有适当的机制，可以用以克服因银行保密法的适用而可能产生的障碍。",
    },
  },
  {
    number: 41,
    chapter: "III",
    title: {
      en: "Criminal record",
      zh: "犯罪记录",
      fr: "Antécédents judiciaires",
      es: "Antecedentes penales",
      ru: "Сведения о судимости",
      ar: "السجل الجنائي",
    },
    summary: {
      en: "Each State Party may adopt measures to take into consideration, under conditions it deems appropriate, any previous conviction of an alleged offender in another State, for use in criminal proceedings relating to a Convention offence. This provision is optional.",
      zh: "各缔约国均可以采取必要措施，按其认为适宜的条件并为其认为适宜的目的，考虑另一国以前对被指控罪犯作出的任何有罪判决，以便在涉及根据公约确立的犯罪的刑事诉讼中利用这类信息。这是任择性条款。",
    },
  },
  {
    number: 42,
    chapter: "III",
    title: {
      en: "Jurisdiction",
      zh: "管辖权",
      fr: "Compétence",
      es: "Jurisdicción",
      ru: "Юрисдикция",
      ar: "الولاية القضائية",
    },
    summary: {
      en: "Each State Party shall establish jurisdiction over Convention offences committed in its territory or on board its vessels or aircraft, and over offences by its nationals where it refuses to extradite them on that ground. It may also establish jurisdiction over offences committed against or by its nationals and in other specified cases, and States Parties concerned shall consult to coordinate their actions.",
      zh: "各缔约国均应当对在本国领域内或者在犯罪时悬挂本国国旗的船只或者已经根据本国法律注册的航空器内实施的根据公约确立的犯罪确立管辖权，并在仅因被指控罪犯为本国国民而不予引渡时确立管辖权。缔约国还可以对针对本国国民或者由本国国民实施的犯罪等情形确立管辖权；有关缔约国应当酌情相互磋商，以便协调行动。",
    },
  },

  // ── Chapter IV. International cooperation ───────────────────────────────────────────────
  {
    number: 43,
    chapter: "IV",
    title: {
      en: "International cooperation",
      zh: "国际合作",
      fr: "Coopération internationale",
      es: "Cooperación internacional",
      ru: "Международное сотрудничество",
      ar: "التعاون الدولي",
    },
    summary: {
      en: "States Parties shall cooperate in criminal matters in accordance with articles 44 to 50 and, where appropriate and consistent with their legal systems, shall consider assisting one another in civil and administrative matters relating to corruption. Where dual criminality is required, it is deemed fulfilled if the underlying conduct is a criminal offence in both States, whatever its name or category.",
      zh: "缔约国应当依照公约第四十四条至第五十条的规定在刑事案件中相互合作；在适当而且符合本国法律制度的情况下，缔约国应当考虑与腐败有关的民事和行政案件调查和诉讼中相互协助。在以两国均定为犯罪为国际合作条件时，只要被请求协助的犯罪所依据的行为在两个缔约国的法律中均为犯罪，则无论罪名或者类别是否相同，均应当视为已经符合这一条件。",
    },
  },
  {
    number: 44,
    chapter: "IV",
    title: {
      en: "Extradition",
      zh: "引渡",
      fr: "Extradition",
      es: "Extradición",
      ru: "Выдача",
      ar: "تسليم المجرمين",
    },
    summary: {
      en: "Convention offences are deemed extraditable offences between States Parties, and a State Party that requires a treaty may use the Convention as the legal basis; a State Party may, where its law permits, extradite for Convention offences even without dual criminality. A State that refuses to extradite solely because the person is its national shall, at the request of the requesting State, submit the case without undue delay for prosecution, and extradition may not be refused solely because the offence involves fiscal matters.",
      zh: "根据公约确立的犯罪应当视为缔约国之间可以引渡的犯罪；以订有条约为引渡条件的缔约国可以将公约视为引渡的法律依据；在本国法律允许的情况下，缔约国可以就公约所涵盖但依照本国法律不予处罚的任何犯罪准予引渡。仅以被指控罪犯为本国国民为由不予引渡的缔约国，有义务在寻求引渡的缔约国提出请求时，将案件毫无不当延误地提交本国主管机关以便起诉；缔约国不得仅以犯罪被认为也涉及财税事项为由拒绝引渡。",
    },
  },
  {
    number: 45,
    chapter: "IV",
    title: {
      en: "Transfer of sentenced persons",
      zh: "被判刑人的移管",
      fr: "Transfèrement des personnes condamnées",
      es: "Traslado de personas condenadas a cumplir una pena",
      ru: "Передача осужденных лиц",
      ar: "نقل الأشخاص المحكوم عليهم",
    },
    summary: {
      en: "States Parties may consider entering into bilateral or multilateral agreements or arrangements on transferring to their territory persons sentenced for Convention offences so that they can complete their sentences there.",
      zh: "缔约国可以考虑缔结双边或多边协定或者安排，将因实施根据公约确立的犯罪而被判处监禁或者其他形式剥夺自由的人员移交其本国服满刑期。",
    },
  },
  {
    number: 46,
    chapter: "IV",
    title: {
      en: "Mutual legal assistance",
      zh: "司法协助",
      fr: "Entraide judiciaire",
      es: "Asistencia judicial recíproca",
      ru: "Взаимная правовая помощь",
      ar: "المساعدة القانونية المتبادلة",
    },
    summary: {
      en: "States Parties shall afford one another the widest measure of mutual legal assistance in investigations, prosecutions and judicial proceedings relating to Convention offences, including where legal persons may be held liable, and shall not decline assistance on the ground of bank secrecy. Even without dual criminality, a requested State shall provide assistance not involving coercive action where consistent with its basic legal concepts; each State Party shall designate a central authority to handle requests.",
      zh: "缔约国应当在对根据公约确立的犯罪进行的侦查、起诉和审判程序中相互提供最广泛的司法协助，包括可能追究法人责任的情形，并且不得以银行保密为由拒绝提供司法协助。在不符合两国均定为犯罪的情况下，被请求缔约国应当在符合其法律制度基本概念时提供不涉及强制性行动的协助；各缔约国均应当指定一个中央机关负责接收和处理司法协助请求。",
    },
  },
  {
    number: 47,
    chapter: "IV",
    title: {
      en: "Transfer of criminal proceedings",
      zh: "刑事诉讼的移交",
      fr: "Transfert des procédures pénales",
      es: "Remisión de actuaciones penales",
      ru: "Передача уголовного производства",
      ar: "نقل الإجراءات الجنائية",
    },
    summary: {
      en: "States Parties shall consider the possibility of transferring to one another proceedings for the prosecution of a Convention offence where this is in the interests of the proper administration of justice, in particular where several jurisdictions are involved, with a view to concentrating the prosecution.",
      zh: "缔约国如果认为相互移交诉讼有利于正当司法，特别是在涉及数国管辖权时，为了使起诉集中，应当考虑相互移交诉讼的可能性，以便对根据公约确立的犯罪进行刑事诉讼。",
    },
  },
  {
    number: 48,
    chapter: "IV",
    title: {
      en: "Law enforcement cooperation",
      zh: "执法合作",
      fr: "Coopération entre les services de détection et de répression",
      es: "Cooperación en materia de cumplimiento de la ley",
      ru: "Сотрудничество между правоохранительными органами",
      ar: "التعاون في مجال إنفاذ القانون",
    },
    summary: {
      en: "States Parties shall cooperate closely, consistent with their legal and administrative systems, to enhance the effectiveness of law enforcement action against Convention offences, for example by establishing channels of communication, cooperating in inquiries about persons and proceeds, and exchanging information and liaison officers. They shall consider bilateral or multilateral agreements on direct law enforcement cooperation and shall endeavour to cooperate against corruption committed through modern technology.",
      zh: "缔约国应当在符合本国法律制度和行政管理制度的情况下相互密切合作，以加强打击根据公约确立的犯罪的执法行动的有效性，例如建立联系渠道、就涉案人员和犯罪所得的下落开展调查合作、交流信息和互派联络官员。缔约国应当考虑订立关于执法机构直接合作的双边或多边协定或者安排，并应当努力合作应对借助现代技术实施的腐败犯罪。",
    },
  },
  {
    number: 49,
    chapter: "IV",
    title: {
      en: "Joint investigations",
      zh: "联合侦查",
      fr: "Enquêtes conjointes",
      es: "Investigaciones conjuntas",
      ru: "Совместные расследования",
      ar: "التحقيقات المشتركة",
    },
    summary: {
      en: "States Parties shall consider concluding agreements or arrangements under which their competent authorities may establish joint investigative bodies for matters under investigation or prosecution in one or more States. In the absence of such agreements, joint investigations may be undertaken by agreement on a case-by-case basis, with full respect for the sovereignty of the State in whose territory they take place.",
      zh: "缔约国应当考虑缔结双边或多边协定或者安排，以便有关主管机关可以据以就涉及一国或多国侦查、起诉或者审判程序事由的事宜建立联合侦查机构。如无这类协定或者安排，可以在个案基础上商定进行这类联合侦查，但有关缔约国应当确保拟在其领域内开展侦查的缔约国的主权受到充分尊重。",
    },
  },
  {
    number: 50,
    chapter: "IV",
    title: {
      en: "Special investigative techniques",
      zh: "特殊侦查手段",
      fr: "Techniques d'enquête spéciales",
      es: "Técnicas especiales de investigación",
      ru: "Специальные методы расследования",
      ar: "أساليب التحري الخاصة",
    },
    summary: {
      en: "To the extent permitted by the basic principles of its legal system and within its means, each State Party shall take measures to allow the appropriate use of controlled delivery and, where it deems appropriate, other special investigative techniques such as electronic or other forms of surveillance and undercover operations, and to allow the resulting evidence to be admitted in court. States Parties are encouraged to conclude agreements for using such techniques in international cooperation.",
      zh: "为有效打击腐败，各缔约国均应当在本国法律制度基本原则许可的范围内并根据本国法律规定的条件，在其力所能及的情况下采取必要措施，允许主管机关在其领域内酌情使用控制下交付，并在其认为适当时使用诸如电子或者其他监视形式和特工行动等其他特殊侦查手段，并允许法庭采信由这些手段产生的证据。鼓励缔约国为在国际一级合作时使用这类特殊侦查手段而缔结适当的双边或多边协定或者安排。",
    },
  },

  // ── Chapter V. Asset recovery ────────────────────────────────────────────────────────────
  {
    number: 51,
    chapter: "V",
    title: {
      en: "General provision",
      zh: "一般规定",
      fr: "Disposition générale",
      es: "Disposición general",
      ru: "Общее положение",
      ar: "حكم عام",
    },
    summary: {
      en: "The return of assets under Chapter V is a fundamental principle of the Convention, and States Parties shall afford one another the widest measure of cooperation and assistance in this regard.",
      zh: "按照公约第五章返还资产是公约的一项基本原则，缔约国应当在这方面相互提供最广泛的合作和协助。",
    },
  },
  {
    number: 52,
    chapter: "V",
    title: {
      en: "Prevention and detection of transfers of proceeds of crime",
      zh: "预防和监测犯罪所得的转移",
      fr: "Prévention et détection des transferts du produit du crime",
      es: "Prevención y detección de transferencias del producto del delito",
      ru: "Предупреждение и выявление переводов доходов от преступлений",
      ar: "منع وكشف إحالة العائدات الإجرامية",
    },
    summary: {
      en: "Each State Party shall require financial institutions to verify customers' identity, take reasonable steps to determine the beneficial owners of funds in high-value accounts, and conduct enhanced scrutiny of accounts of persons entrusted with prominent public functions and their family members and close associates; it shall also prevent the establishment of banks with no physical presence (shell banks). It shall consider financial disclosure systems for appropriate public officials, including for their interests in foreign financial accounts.",
      zh: "各缔约国均应当要求金融机构核实客户身份，采取合理步骤确定存入大额账户的资金的实际受益人身份，并对正在或者曾经担任重要公职的个人及其家庭成员和与其关系密切的人的账户实行强化审查；还应当防止设立无实际存在（空壳）银行。各缔约国均应当考虑为有关公职人员建立有效的财产申报制度，包括申报其在外国金融账户中的利益。",
    },
  },
  {
    number: 53,
    chapter: "V",
    title: {
      en: "Measures for direct recovery of property",
      zh: "直接追回财产的措施",
      fr: "Mesures pour le recouvrement direct de biens",
      es: "Medidas para la recuperación directa de bienes",
      ru: "Меры для непосредственного возвращения имущества",
      ar: "تدابير الاسترداد المباشر للممتلكات",
    },
    summary: {
      en: "Each State Party shall take measures to permit another State Party to initiate civil action in its courts to establish title to or ownership of property acquired through a Convention offence, to permit its courts to order offenders to pay compensation or damages to another State Party harmed by such offences, and to permit its courts to recognize another State Party's claim as legitimate owner when deciding on confiscation.",
      zh: "各缔约国均应当根据本国法律采取必要措施：允许另一缔约国在本国法院提起民事诉讼，以确立对通过实施根据公约确立的犯罪而获得的财产的产权或者所有权；允许本国法院命令实施此类犯罪的人向受到损害的另一缔约国支付补偿或者损害赔偿；并允许本国法院或者主管机关在必须就没收作出决定时，承认另一缔约国对此类财产所主张的合法所有权。",
    },
  },
  {
    number: 54,
    chapter: "V",
    title: {
      en: "Mechanisms for recovery of property through international cooperation in confiscation",
      zh: "通过没收事宜中的国际合作追回资产的机制",
      fr: "Mécanismes de recouvrement de biens par la coopération internationale aux fins de confiscation",
      es: "Mecanismos de recuperación de bienes mediante la cooperación internacional para fines de decomiso",
      ru: "Механизмы изъятия имущества посредством международного сотрудничества в деле конфискации",
      ar: "آليات استرداد الممتلكات من خلال التعاون الدولي في مجال المصادرة",
    },
    summary: {
      en: "To provide mutual legal assistance on property acquired through Convention offences, each State Party shall take measures to give effect to confiscation orders issued by another State Party's courts, to allow its own authorities to order confiscation of property of foreign origin (for example in a money-laundering case), and to freeze or seize property on the basis of a foreign order or request. It shall consider allowing confiscation without a criminal conviction where the offender cannot be prosecuted by reason of death, flight or absence.",
      zh: "为就通过实施根据公约确立的犯罪而获得的财产提供司法协助，各缔约国均应当采取必要措施，使本国主管机关能够执行另一缔约国法院发出的没收令，能够通过对洗钱犯罪等作出判决而下令没收外国来源的财产，并能够根据外国的冻结令、扣押令或者请求冻结或扣押财产。各缔约国均应当考虑采取必要措施，在犯罪人死亡、潜逃或者缺席而无法起诉的情形下，不经过刑事定罪而没收这类财产。",
    },
  },
  {
    number: 55,
    chapter: "V",
    title: {
      en: "International cooperation for purposes of confiscation",
      zh: "没收事宜中的国际合作",
      fr: "Coopération internationale aux fins de confiscation",
      es: "Cooperación internacional para fines de decomiso",
      ru: "Международное сотрудничество в целях конфискации",
      ar: "التعاون الدولي لأغراض المصادرة",
    },
    summary: {
      en: "On request from another State Party with jurisdiction over a Convention offence, a State Party shall, to the greatest extent possible within its domestic legal system, either seek a domestic confiscation order or give effect to the requesting State's order, and shall take measures to identify, trace and freeze or seize the proceeds and instrumentalities concerned. Cooperation may be refused if insufficient evidence is received in time or the property is of de minimis value, and before lifting a provisional measure the requested State shall, wherever possible, let the requesting State present reasons for continuing it.",
      zh: "缔约国在收到对根据公约确立的犯罪拥有管辖权的另一缔约国的请求后，应当在本国法律制度的范围内尽最大可能将请求提交本国主管机关以便取得没收令并予执行，或者执行请求缔约国法院发出的没收令，并应当采取措施辨认、追查和冻结或者扣押有关犯罪所得和工具。如果被请求缔约国未及时收到充分证据，或者财产价值极其轻微，可以拒绝合作；在解除任何临时措施之前，应当尽可能给予请求缔约国说明继续保持该措施的理由的机会。",
    },
  },
  {
    number: 56,
    chapter: "V",
    title: {
      en: "Special cooperation",
      zh: "特别合作",
      fr: "Coopération spéciale",
      es: "Cooperación especial",
      ru: "Специальное сотрудничество",
      ar: "التعاون الخاص",
    },
    summary: {
      en: "Without prejudice to its domestic law, each State Party shall endeavour to take measures permitting it to forward information on proceeds of Convention offences to another State Party without a prior request, when it considers that disclosing the information might help that State initiate or carry out investigations, prosecutions or judicial proceedings or make a request under Chapter V.",
      zh: "在不影响本国法律的情况下，各缔约国均应当努力采取措施，以便在认为披露根据公约确立的犯罪的所得的资料可以有助于另一缔约国启动或者实行侦查、起诉或者审判程序，或者可能使该缔约国根据公约第五章提出请求时，能够在不影响本国侦查、起诉或者审判程序的情况下，无须事先请求而向该缔约国转发这类资料。",
    },
  },
  {
    number: 57,
    chapter: "V",
    title: {
      en: "Return and disposal of assets",
      zh: "资产的返还和处分",
      fr: "Restitution et disposition des avoirs",
      es: "Restitución y disposición de activos",
      ru: "Возвращение активов и распоряжение ими",
      ar: "إرجاع الموجودات والتصرف فيها",
    },
    summary: {
      en: "Property confiscated under articles 31 or 55 shall be disposed of, including by return to its prior legitimate owners. For embezzled public funds or their laundering, the requested State shall return confiscated property to the requesting State on the basis of a final judgement (a requirement it may waive); for other Convention offences it shall return it where the requesting State reasonably establishes prior ownership or the requested State recognizes the damage it suffered, and in all other cases it shall give priority consideration to return to the requesting State or prior legitimate owners or to compensating victims, in each case possibly after deducting reasonable expenses.",
      zh: "缔约国依照第三十一条或者第五十五条没收的财产，应当予以处分，包括返还其原合法所有人。对于贪污公共资金或者对所贪污公共资金的洗钱行为，被请求缔约国应当基于请求缔约国作出的生效判决（被请求缔约国也可以放弃这一要求）将没收的财产返还请求缔约国；对于公约所涵盖的其他任何犯罪的所得，在请求缔约国向被请求缔约国合理证明其原对没收财产拥有所有权时，或者被请求缔约国承认请求缔约国受到的损害是返还的依据时，应当予以返还；在其他所有情况下，应当优先考虑将没收的财产返还请求缔约国、返还其原合法所有人或者赔偿犯罪被害人。被请求缔约国可以扣除为此进行侦查、起诉或者审判程序而发生的合理费用。",
    },
  },
  {
    number: 58,
    chapter: "V",
    title: {
      en: "Financial intelligence unit",
      zh: "金融情报机构",
      fr: "Service de renseignement financier",
      es: "Dependencia de inteligencia financiera",
      ru: "Подразделение для сбора оперативной финансовой информации",
      ar: "وحدة المعلومات الاستخبارية المالية",
    },
    summary: {
      en: "States Parties shall cooperate to prevent and combat the transfer of proceeds of Convention offences and to promote ways of recovering them. To that end, they shall consider establishing a financial intelligence unit responsible for receiving, analysing and disseminating reports of suspicious financial transactions to the competent authorities.",
      zh: "缔约国应当相互合作，以预防和打击根据公约确立的犯罪的所得的转移，并推广追回这类所得的方式方法。为此，缔约国应当考虑设立金融情报机构，由其负责接收、分析和向主管机关转递可疑金融交易的报告。",
    },
  },
  {
    number: 59,
    chapter: "V",
    title: {
      en: "Bilateral and multilateral agreements and arrangements",
      zh: "双边和多边协定和安排",
      fr: "Accords et arrangements bilatéraux et multilatéraux",
      es: "Acuerdos y arreglos bilaterales y multilaterales",
      ru: "Двусторонние и многосторонние соглашения и договоренности",
      ar: "الاتفاقات والترتيبات الثنائية والمتعددة الأطراف",
    },
    summary: {
      en: "States Parties shall consider concluding bilateral or multilateral agreements or arrangements to enhance the effectiveness of international cooperation under Chapter V on asset recovery.",
      zh: "缔约国应当考虑缔结双边或多边协定或者安排，以便增强根据公约第五章的规定开展的国际合作的有效性。",
    },
  },

  // ── Chapter VI. Technical assistance and information exchange ───────────────────────────
  {
    number: 60,
    chapter: "VI",
    title: {
      en: "Training and technical assistance",
      zh: "培训和技术援助",
      fr: "Formation et assistance technique",
      es: "Capacitación y asistencia técnica",
      ru: "Подготовка кадров и техническая помощь",
      ar: "التدريب والمساعدة التقنية",
    },
    summary: {
      en: "Each State Party shall, to the extent necessary, initiate, develop or improve specific training programmes for personnel responsible for preventing and combating corruption. States Parties shall, according to their capacity, consider affording one another the widest measure of technical assistance, especially for developing countries, including material support, training and exchange of experience.",
      zh: "各缔约国均应当在必要情况下为本国负责预防和打击腐败的人员启动、制定或者改进具体培训方案。缔约国应当根据各自的能力考虑为彼此的反腐败计划和方案提供最广泛的技术援助，特别是向发展中国家提供援助，包括物质支持和培训，以及相互交流有关经验和专门知识。",
    },
  },
  {
    number: 61,
    chapter: "VI",
    title: {
      en: "Collection, exchange and analysis of information on corruption",
      zh: "有关腐败的资料的收集、交流和分析",
      fr: "Collecte, échange et analyse d'informations sur la corruption",
      es: "Recopilación, intercambio y análisis de información sobre la corrupción",
      ru: "Сбор и анализ информации о коррупции и обмен такой информацией",
      ar: "جمع المعلومات المتعلقة بالفساد وتبادلها وتحليلها",
    },
    summary: {
      en: "Each State Party shall consider analysing, in consultation with experts, trends in corruption in its territory and the circumstances in which corruption offences are committed. States Parties shall consider developing and sharing statistics, analytical expertise and best practices, and monitoring their anti-corruption policies and measures and evaluating their effectiveness.",
      zh: "各缔约国均应当考虑在同专家协商的情况下，分析其领域内腐败方面的趋势以及腐败犯罪实施的环境。缔约国应当考虑为彼此之间以及通过国际和区域组织发展和共享统计数字、有关腐败的分析性专门知识和资料以及有关最佳做法的资料，并考虑对本国反腐败政策和措施进行监测，评估其效力和效率。",
    },
  },
  {
    number: 62,
    chapter: "VI",
    title: {
      en: "Other measures: implementation of the Convention through economic development and technical assistance",
      zh: "其他措施：通过经济发展和技术援助实施公约",
      fr: "Autres mesures: application de la Convention par le développement économique et l'assistance technique",
      es: "Otras medidas: aplicación de la Convención mediante el desarrollo económico y la asistencia técnica",
      ru: "Другие меры: осуществление Конвенции на основе экономического развития и технической помощи",
      ar: "التدابير الأخرى: تنفيذ الاتفاقية من خلال التنمية الاقتصادية والمساعدة التقنية",
    },
    summary: {
      en: "States Parties shall take measures conducive to the optimal implementation of the Convention through international cooperation, taking into account the negative effects of corruption on society and sustainable development. They shall make concrete efforts, to the extent possible, to enhance cooperation with developing countries, increase financial and material assistance and technical assistance, and make voluntary contributions to a United Nations funding mechanism for this purpose.",
      zh: "缔约国应当考虑到腐败对社会和可持续发展的不利影响，通过国际合作采取有助于最大限度优化公约实施的措施。缔约国应当在可能的情况下相互协调，作出具体努力，加强与发展中国家的合作，增加财政和物质援助以及技术援助，并为此向联合国筹资机制提供自愿捐款。",
    },
  },

  // ── Chapter VII. Mechanisms for implementation ──────────────────────────────────────────
  {
    number: 63,
    chapter: "VII",
    title: {
      en: "Conference of the States Parties to the Convention",
      zh: "公约缔约国会议",
      fr: "Conférence des États Parties à la Convention",
      es: "Conferencia de los Estados Parte en la Convención",
      ru: "Конференция Государств — участников Конвенции",
      ar: "مؤتمر الدول الأطراف في الاتفاقية",
    },
    summary: {
      en: "Establishes a Conference of the States Parties to improve States' capacity and cooperation to achieve the Convention's objectives and to promote and review its implementation. The Conference agrees on activities, procedures and methods of work, and may establish any appropriate mechanism or body to assist in effective implementation; on this basis it created the Implementation Review Mechanism in 2009.",
      zh: "设立公约缔约国会议，以增强缔约国实现公约所列目标的能力并加强其合作，促进和审查公约的实施。缔约国会议应当议定各项活动、程序和工作方法，并可以在必要时设立任何适当的机制或者机构，以协助公约的有效实施；缔约国会议据此于2009年设立了履约审议机制。",
    },
  },
  {
    number: 64,
    chapter: "VII",
    title: {
      en: "Secretariat",
      zh: "秘书处",
      fr: "Secrétariat",
      es: "Secretaría",
      ru: "Секретариат",
      ar: "الأمانة",
    },
    summary: {
      en: "The Secretary-General of the United Nations shall provide the necessary secretariat services to the Conference of the States Parties, such as organizing its sessions, helping States Parties provide information and coordinating with other international and regional organizations; in practice this role is performed by the United Nations Office on Drugs and Crime (UNODC).",
      zh: "联合国秘书长应当为公约缔约国会议提供必要的秘书处服务，例如安排会议的各届会议、应请求协助缔约国向会议提供资料，以及确保与其他有关国际和区域组织秘书处的必要协调；实践中由联合国毒品和犯罪问题办公室履行这一职能。",
    },
  },

  // ── Chapter VIII. Final provisions ──────────────────────────────────────────────────────
  {
    number: 65,
    chapter: "VIII",
    title: {
      en: "Implementation of the Convention",
      zh: "公约的实施",
      fr: "Application de la Convention",
      es: "Aplicación de la Convención",
      ru: "Осуществление Конвенции",
      ar: "تنفيذ الاتفاقية",
    },
    summary: {
      en: "Each State Party shall take the necessary measures, including legislative and administrative measures, in accordance with the fundamental principles of its domestic law, to ensure the implementation of its obligations under the Convention. It may adopt stricter or more severe measures than those the Convention provides for.",
      zh: "各缔约国均应当根据本国法律的基本原则采取必要的措施，包括立法和行政措施，以切实履行其根据公约所承担的义务。为预防和打击腐败，各缔约国均可以采取比公约的规定更为严格或严厉的措施。",
    },
  },
  {
    number: 66,
    chapter: "VIII",
    title: {
      en: "Settlement of disputes",
      zh: "争端的解决",
      fr: "Règlement des différends",
      es: "Solución de controversias",
      ru: "Урегулирование споров",
      ar: "تسوية النزاعات",
    },
    summary: {
      en: "States Parties shall endeavour to settle disputes about the interpretation or application of the Convention through negotiation. A dispute not settled within a reasonable time shall, at the request of one party, be submitted to arbitration and, failing agreement on the arbitration within six months, may be referred to the International Court of Justice; a State may declare that it does not consider itself bound by this procedure.",
      zh: "缔约国应当努力通过谈判解决与公约的解释或者适用有关的争端。在合理时间内不能通过谈判解决的争端，应当根据争端一方请求交付仲裁；如果自请求仲裁之日起六个月内未能就仲裁安排达成协议，任何一方均可以将争端提交国际法院。缔约国可以声明不受这一程序的约束。",
    },
  },
  {
    number: 67,
    chapter: "VIII",
    title: {
      en: "Signature, ratification, acceptance, approval and accession",
      zh: "签署、批准、接受、核准和加入",
      fr: "Signature, ratification, acceptation, approbation et adhésion",
      es: "Firma, ratificación, aceptación, aprobación y adhesión",
      ru: "Подписание, ратификация, принятие, утверждение и присоединение",
      ar: "التوقيع والتصديق والقبول والإقرار والانضمام",
    },
    summary: {
      en: "The Convention was open for signature by all States from 9 to 11 December 2003 in Merida, Mexico, and thereafter at United Nations Headquarters in New York until 9 December 2005, and also by regional economic integration organizations with at least one signatory member State. It is subject to ratification, acceptance or approval and is open to accession.",
      zh: "公约自2003年12月9日至11日在墨西哥梅里达开放供所有国家签署，其后直至2005年12月9日在纽约联合国总部开放供签署；至少有一个成员国已经签署公约的区域经济一体化组织也可以签署。公约须经批准、接受或者核准，并开放供加入。",
    },
  },
  {
    number: 68,
    chapter: "VIII",
    title: {
      en: "Entry into force",
      zh: "生效",
      fr: "Entrée en vigueur",
      es: "Entrada en vigor",
      ru: "Вступление в силу",
      ar: "بدء النفاذ",
    },
    summary: {
      en: "The Convention entered into force on the ninetieth day after the deposit of the thirtieth instrument of ratification, acceptance, approval or accession, which was 14 December 2005. For a State that joins later, it enters into force on the thirtieth day after that State deposits its instrument, or on the Convention's own entry into force, whichever is later.",
      zh: "公约自第三十份批准书、接受书、核准书或者加入书交存之日后第九十天起生效，即2005年12月14日。对于此后批准、接受、核准或者加入公约的国家，公约自该国交存有关文书之日后第三十天起或者自公约生效之日起生效，以较晚者为准。",
    },
  },
  {
    number: 69,
    chapter: "VIII",
    title: {
      en: "Amendment",
      zh: "修正",
      fr: "Amendement",
      es: "Enmienda",
      ru: "Поправки",
      ar: "التعديل",
    },
    summary: {
      en: "Five years after the Convention's entry into force, a State Party may propose an amendment; the Conference of the States Parties shall make every effort to reach consensus and, as a last resort, may adopt it by a two-thirds majority of States Parties present and voting. An adopted amendment is subject to ratification, acceptance or approval and binds only the States Parties that have expressed their consent to be bound by it.",
      zh: "公约生效五年后，缔约国可以提出修正案；缔约国会议应当尽一切努力就修正案达成协商一致，如果无法达成协商一致，作为最后手段，该修正案须有出席缔约国会议并参加表决的缔约国的三分之二多数票方可通过。通过的修正案须经批准、接受或者核准，并且只对已表示同意受其约束的缔约国具有约束力。",
    },
  },
  {
    number: 70,
    chapter: "VIII",
    title: {
      en: "Denunciation",
      zh: "退约",
      fr: "Dénonciation",
      es: "Denuncia",
      ru: "Денонсация",
      ar: "الانسحاب",
    },
    summary: {
      en: "A State Party may denounce the Convention by written notification to the Secretary-General of the United Nations, taking effect one year after the notification is received. A regional economic integration organization ceases to be a Party when all its member States have denounced the Convention.",
      zh: "缔约国可以书面通知联合国秘书长退出公约，此项退约自秘书长收到通知之日起一年后生效。区域经济一体化组织在其所有成员国均已退出公约时，即不再为公约缔约方。",
    },
  },
  {
    number: 71,
    chapter: "VIII",
    title: {
      en: "Depositary and languages",
      zh: "保存人和语文",
      fr: "Dépositaire et langues",
      es: "Depositario e idiomas",
      ru: "Депозитарий и языки",
      ar: "الوديع واللغات",
    },
    summary: {
      en: "The Secretary-General of the United Nations is the depositary of the Convention. Its original texts in Arabic, Chinese, English, French, Russian and Spanish are equally authentic.",
      zh: "联合国秘书长是公约的指定保存人。公约原件的阿拉伯文、中文、英文、法文、俄文和西班牙文文本同为作准文本。",
    },
  },
];

const ARTICLES_BY_NUMBER: ReadonlyMap<number, UncacArticle> = new Map(
  UNCAC_ARTICLES.map((article) => [article.number, article]),
);

/** The article with this number (1–71), or undefined for any other value. */
export function getUncacArticle(n: number): UncacArticle | undefined {
  return ARTICLES_BY_NUMBER.get(n);
}
