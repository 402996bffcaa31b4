/**
 * The daily deadline job of applications: deemed acceptance after 5 working days without
 * a correction notice (Art. 32), and the DUE_SOON / OVERDUE flags with their events.
 */
package cn.gov.tobacco.licensing.deadlines;
