// Fixed wording printed on certificates. Kept in code rather than in the i18n
// JSON because a certificate must render identically whatever the UI bundle
// contains, and it is plain .ts so client code may show the same tier names.

export type CertificateLocale = "en" | "zh" | "fr" | "es" | "ru" | "ar";
export type CertificateTier = "basic" | "advanced" | "train-the-trainer" | "private-sector";

export type CertificateLabels = {
  dir: "ltr" | "rtl";
  heading: string;
  certifies: string;
  hasCompleted: string;
  level: string;
  tiers: Record<CertificateTier, string>;
  score: string;
  issued: string;
  validUntil: string;
  noExpiry: string;
  certifiedTrainer: string;
  verificationCode: string;
  scanToVerify: string;
  /** "label: value" with the locale's punctuation (French spaces the colon, Chinese uses a full-width one). */
  field: (label: string, value: string) => string;
};

const colon = (label: string, value: string) => `${label}: ${value}`;

export const CERTIFICATE_LABELS: Record<CertificateLocale, CertificateLabels> = {
  en: {
    dir: "ltr",
    heading: "Certificate of Completion",
    certifies: "This is to certify that",
    hasCompleted: "has successfully completed the course",
    level: "Level",
    tiers: { basic: "Basic", advanced: "Advanced", "train-the-trainer": "Train-the-trainer", "private-sector": "Private sector" },
    score: "Score",
    issued: "Issued",
    validUntil: "Valid until",
    noExpiry: "No expiry",
    certifiedTrainer: "Certified trainer",
    verificationCode: "Verification code",
    scanToVerify: "Scan to verify",
    field: colon,
  },
  zh: {
    dir: "ltr",
    heading: "结业证书",
    certifies: "兹证明",
    hasCompleted: "已顺利完成以下课程",
    level: "级别",
    tiers: { basic: "基础", advanced: "高级", "train-the-trainer": "培训师培训", "private-sector": "私营部门" },
    score: "成绩",
    issued: "颁发日期",
    validUntil: "有效期至",
    noExpiry: "长期有效",
    certifiedTrainer: "认证培训师",
    verificationCode: "验证码",
    scanToVerify: "扫码验证",
    field: (label, value) => `${label}：${value}`,
  },
  fr: {
    dir: "ltr",
    heading: "Certificat de réussite",
    certifies: "Nous certifions que",
    hasCompleted: "a suivi avec succès le cours",
    level: "Niveau",
    tiers: { basic: "Fondamental", advanced: "Avancé", "train-the-trainer": "Formation de formateurs", "private-sector": "Secteur privé" },
    score: "Note",
    issued: "Délivré le",
    validUntil: "Valable jusqu’au",
    noExpiry: "Sans date d’expiration",
    certifiedTrainer: "Certification de formateur",
    verificationCode: "Code de vérification",
    scanToVerify: "Scanner pour vérifier",
    field: (label, value) => `${label}\u00A0: ${value}`,
  },
  es: {
    dir: "ltr",
    heading: "Certificado de finalización",
    certifies: "Se certifica que",
    hasCompleted: "ha completado con éxito el curso",
    level: "Nivel",
    tiers: { basic: "Básico", advanced: "Avanzado", "train-the-trainer": "Formación de formadores", "private-sector": "Sector privado" },
    score: "Puntuación",
    issued: "Emitido el",
    validUntil: "Válido hasta el",
    noExpiry: "Sin fecha de caducidad",
    certifiedTrainer: "Formador certificado",
    verificationCode: "Código de verificación",
    scanToVerify: "Escanee para verificar",
    field: colon,
  },
  ru: {
    dir: "ltr",
    heading: "Сертификат о прохождении курса",
    certifies: "Настоящим подтверждается, что",
    hasCompleted: "успешно завершил(а) курс",
    level: "Уровень",
    tiers: { basic: "Базовый", advanced: "Продвинутый", "train-the-trainer": "Подготовка тренеров", "private-sector": "Частный сектор" },
    score: "Результат",
    issued: "Дата выдачи",
    validUntil: "Действителен до",
    noExpiry: "Бессрочный",
    certifiedTrainer: "Сертифицированный тренер",
    verificationCode: "Код проверки",
    scanToVerify: "Отсканируйте для проверки",
    field: colon,
  },
  ar: {
    dir: "rtl",
    heading: "شهادة إتمام",
    certifies: "نشهد بأن",
    hasCompleted: "قد أتم بنجاح الدورة التدريبية",
    level: "المستوى",
    tiers: { basic: "أساسي", advanced: "متقدم", "train-the-trainer": "تدريب المدربين", "private-sector": "القطاع الخاص" },
    score: "النتيجة",
    issued: "تاريخ الإصدار",
    validUntil: "صالحة حتى",
    noExpiry: "بدون تاريخ انتهاء",
    certifiedTrainer: "مدرب معتمد",
    verificationCode: "رمز التحقق",
    scanToVerify: "امسح الرمز للتحقق",
    field: colon,
  },
};

export function certificateLabels(locale: CertificateLocale): CertificateLabels {
  return CERTIFICATE_LABELS[locale];
}
