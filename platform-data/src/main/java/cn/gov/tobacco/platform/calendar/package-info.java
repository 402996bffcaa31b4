/**
 * Working days (行政许可法 Art. 82): weekends and statutory holidays off, the State Council's
 * make-up working days on. The days come from reference data, never from code.
 */
package cn.gov.tobacco.platform.calendar;
