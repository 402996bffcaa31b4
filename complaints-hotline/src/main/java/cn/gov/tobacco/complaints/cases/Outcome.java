package cn.gov.tobacco.complaints.cases;

/**
 * What the investigation found, separate from the state.
 */
public enum Outcome {

	SUBSTANTIATED, UNSUBSTANTIATED, REFERRED, DUPLICATE

}
