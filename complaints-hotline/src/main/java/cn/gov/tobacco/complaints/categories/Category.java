package cn.gov.tobacco.complaints.categories;

/**
 * A node of the category tree.
 *
 * @param code the stable code, e.g. {@code SALES_TO_MINORS}
 * @param parentCode the parent's code, or {@code null} for a root
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param urgent whether its cases are URGENT (top of every queue, shortened deadline)
 * @param active whether new cases may use it
 */
public record Category(String code, String parentCode, String nameZh, String nameEn, boolean urgent, boolean active) {

}
