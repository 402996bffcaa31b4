/**
 * The kinds of application materials (申请材料): what the per-type matrix asks for, what a
 * document is uploaded as and what a commitment stands in for. Below applications,
 * documents and commitments, which all name them.
 */
package cn.gov.tobacco.licensing.materials;
