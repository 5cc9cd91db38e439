/**
 * The three statistics tables as typed objects, keyed exactly as
 * docs/report-format.md names them. Every key of the detected format version is
 * present; a leaf is a number, or null when blank, unreadable or not printed.
 */

export type Value = number | null;
export type FormatVersion = '2019' | '2021';

// ---- Table 二: 主动公开政府信息情况 ----

export interface ActiveDisclosure2019 {
  regulations: { newlyMade: Value; newlyPublished: Value; totalPublished: Value };
  normativeDocuments: { newlyMade: Value; newlyPublished: Value; totalPublished: Value };
  licensing: { previousYear: Value; change: Value; decisions: Value };
  otherServices: { previousYear: Value; change: Value; decisions: Value };
  punishment: { previousYear: Value; change: Value; decisions: Value };
  enforcement: { previousYear: Value; change: Value; decisions: Value };
  fees: { previousYear: Value; change: Value };
  /** `totalAmount` is the figure as printed (the format sets no unit; a unit in the cell is dropped). */
  procurement: { projectCount: Value; totalAmount: Value };
}

export interface ActiveDisclosure2021 {
  regulations: { issued: Value; repealed: Value; inForce: Value };
  normativeDocuments: { issued: Value; repealed: Value; inForce: Value };
  licensing: { decisions: Value };
  punishment: { decisions: Value };
  enforcement: { decisions: Value };
  /** In 万元; may be fractional. */
  fees: { amount: Value };
}

export type ActiveDisclosure = ActiveDisclosure2019 | ActiveDisclosure2021;

// ---- Table 三: 收到和处理政府信息公开申请情况 ----

/** One row of table 三: the six applicant columns and their total. */
export interface ApplicantColumns {
  naturalPerson: Value;
  commercial: Value;
  research: Value;
  socialWelfare: Value;
  legalService: Value;
  otherOrg: Value;
  total: Value;
}

export interface Applications {
  newReceived: ApplicantColumns;
  carriedOver: ApplicantColumns;
  granted: ApplicantColumns;
  partiallyGranted: ApplicantColumns;
  denied: {
    stateSecret: ApplicantColumns;
    lawProhibited: ApplicantColumns;
    safetyStability: ApplicantColumns;
    thirdPartyRights: ApplicantColumns;
    internalAffairs: ApplicantColumns;
    processInfo: ApplicantColumns;
    enforcementCase: ApplicantColumns;
    adminQuery: ApplicantColumns;
  };
  unavailable: {
    notHeld: ApplicantColumns;
    needsCreation: ApplicantColumns;
    unclearAfterCorrection: ApplicantColumns;
  };
  notProcessed: {
    complaint: ApplicantColumns;
    duplicate: ApplicantColumns;
    publication: ApplicantColumns;
    excessive: ApplicantColumns;
    confirmation: ApplicantColumns;
  };
  /**
   * （六）其他处理: `total` is the single row (2019 format, some 2021-era reports);
   * the other three are the 2021 sub-rows. Whichever the document does not print is all null.
   */
  other: {
    total: ApplicantColumns;
    overdueCorrection: ApplicantColumns;
    overdueFee: ApplicantColumns;
    other: ApplicantColumns;
  };
  resultTotal: ApplicantColumns;
  carriedForward: ApplicantColumns;
}

// ---- Table 四: 行政复议、行政诉讼 ----

export interface ReviewColumns {
  maintained: Value;
  corrected: Value;
  other: Value;
  pending: Value;
  total: Value;
}

export interface ReviewLitigation {
  review: ReviewColumns;
  litigationDirect: ReviewColumns;
  litigationAfterReview: ReviewColumns;
}
