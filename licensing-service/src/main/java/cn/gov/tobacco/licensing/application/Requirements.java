package cn.gov.tobacco.licensing.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.tobacco.licensing.materials.DocumentType;

import static cn.gov.tobacco.licensing.materials.DocumentType.BUSINESS_LICENSE;
import static cn.gov.tobacco.licensing.materials.DocumentType.ID_CARD;
import static cn.gov.tobacco.licensing.materials.DocumentType.PREMISES_PHOTO;
import static cn.gov.tobacco.licensing.materials.DocumentType.PREMISES_PROOF;

/**
 * The per-type matrix of required fields and documents, checked on submission. Plain
 * Java: {@link #missing} names every missing item at once.
 */
final class Requirements {

	private Requirements() {
	}

	static List<String> missing(Application a, Set<DocumentType> attached) {
		List<String> missing = new ArrayList<>();
		ApplicantDetails d = a.details();
		Filing f = a.filing();
		require(missing, "mobile", d.mobile());
		if (a.type() != ApplicationType.NEW) {
			require(missing, "licenseNo", f.licenseNo());
		}
		Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
		switch (a.type()) {
			case NEW -> {
				applicant(missing, d);
				premises(missing, d);
				require(missing, "businessScope", d.businessScope());
				documents.addAll(Set.of(BUSINESS_LICENSE, ID_CARD, PREMISES_PHOTO, PREMISES_PROOF));
			}
			case RENEWAL -> documents.addAll(Set.of(BUSINESS_LICENSE, ID_CARD));
			case CHANGE -> {
				require(missing, "changeSubject", f.changeSubject());
				if (f.changeSubject() == ChangeSubject.PREMISES) {
					premises(missing, d);
					documents.addAll(Set.of(PREMISES_PHOTO, PREMISES_PROOF));
				}
				else if (f.changeSubject() == ChangeSubject.OPERATOR) {
					require(missing, "operatorName", d.operatorName());
					require(missing, "operatorIdNumber", d.operatorIdNumber());
					documents.add(ID_CARD);
				}
				else if (f.changeSubject() == ChangeSubject.BUSINESS_NAME) {
					require(missing, "businessName", d.businessName());
					documents.add(BUSINESS_LICENSE);
				}
				else if (f.changeSubject() == ChangeSubject.SCOPE) {
					require(missing, "businessScope", d.businessScope());
				}
			}
			case SUSPENSION -> {
				require(missing, "suspendFrom", f.suspendFrom());
				require(missing, "suspendUntil", f.suspendUntil());
				documents.add(ID_CARD);
			}
			case RESUMPTION, CLOSURE -> documents.add(ID_CARD);
		}
		for (DocumentType type : documents) {
			if (!attached.contains(type)) {
				missing.add("document:" + type.name());
			}
		}
		return missing;
	}

	private static void applicant(List<String> missing, ApplicantDetails d) {
		require(missing, "businessName", d.businessName());
		require(missing, "creditCode", d.creditCode());
		require(missing, "operatorName", d.operatorName());
		require(missing, "operatorIdNumber", d.operatorIdNumber());
	}

	private static void premises(List<String> missing, ApplicantDetails d) {
		require(missing, "premises.address", d.premises().address());
		require(missing, "premises.divisionCode", d.premises().divisionCode());
		require(missing, "premises.latitude", d.premises().latitude());
		require(missing, "premises.longitude", d.premises().longitude());
	}

	private static void require(List<String> missing, String name, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			missing.add(name);
		}
	}

}
