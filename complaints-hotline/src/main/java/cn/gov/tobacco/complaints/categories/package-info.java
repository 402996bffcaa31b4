/**
 * The category tree of complaints and reports (counterfeit, smuggled, sales to minors,
 * …), which ADMIN edits; a category can make its cases URGENT.
 */
package cn.gov.tobacco.complaints.categories;
