/**
 * Supervision after the license (issue 17): monthly inspection plans per district — key
 * supervision, routine visits by credit grade and the seeded random draw (双随机) — and the
 * visits they assign to the district's inspectors.
 */
package cn.gov.tobacco.licensing.supervision;
