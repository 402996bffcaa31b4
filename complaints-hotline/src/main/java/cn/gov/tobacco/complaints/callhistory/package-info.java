/**
 * The agent's lookup of a caller's earlier cases by phone number, through the keyed blind
 * index (the stored number stays encrypted); every lookup is audited.
 */
package cn.gov.tobacco.complaints.callhistory;
