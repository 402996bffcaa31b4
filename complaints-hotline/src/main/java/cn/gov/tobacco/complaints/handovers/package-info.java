/**
 * Cases handed over by the 12345 government hotline, pulled from its exchange API on a
 * schedule (or on demand) and taken in once each, keyed by the hand-over id.
 */
package cn.gov.tobacco.complaints.handovers;
