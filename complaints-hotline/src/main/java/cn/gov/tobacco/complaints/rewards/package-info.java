/**
 * Reward bands (举报奖励标准, DESIGN §6: amounts are a per-jurisdiction rule): ADMIN sets a
 * band per jurisdiction, category and outcome, with history; a REWARD amount outside the
 * band in force is refused with a 422 naming the band.
 */
package cn.gov.tobacco.complaints.rewards;
