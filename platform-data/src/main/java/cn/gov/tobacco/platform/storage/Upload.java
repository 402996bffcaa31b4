package cn.gov.tobacco.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One upload's run on a blocking thread and its permit. The permit is released once: when
 * the run ends (however it ends), or at a cancel that comes before the run started. A
 * cancel during the run closes the body it reads, so the run fails soon, removes what it
 * wrote, and only then gives its permit (and part buffer) back.
 */
final class Upload {

	private static final int NEW = 0;

	private static final int RUNNING = 1;

	private static final int DONE = 2;

	private final AtomicInteger state = new AtomicInteger(NEW);

	private final UploadPermits.Permit permit;

	private volatile boolean cancelled;

	private volatile InputStream body;

	Upload(UploadPermits.Permit permit) {
		this.permit = permit;
	}

	/** The work's result; {@code null} (an empty run) if it failed after a cancel. */
	<T> T run(Callable<T> work) throws Exception {
		if (!this.state.compareAndSet(NEW, RUNNING)) {
			return null;
		}
		try {
			return work.call();
		}
		catch (Exception ex) {
			if (this.cancelled) {
				return null;
			}
			throw ex;
		}
		finally {
			this.state.set(DONE);
			this.permit.release();
		}
	}

	void reading(InputStream body) throws IOException {
		this.body = body;
		checkNotCancelled();
	}

	void cancel() {
		this.cancelled = true;
		if (this.state.compareAndSet(NEW, DONE)) {
			this.permit.release();
			return;
		}
		InputStream in = this.body;
		if (in != null) {
			try {
				in.close();
			}
			catch (IOException ex) {
				// the run fails on its next read anyway
			}
		}
	}

	boolean cancelled() {
		return this.cancelled;
	}

	void checkNotCancelled() throws Cancelled {
		if (this.cancelled) {
			throw new Cancelled();
		}
	}

	/** The upload was cancelled (its client went away): nothing is kept. */
	static final class Cancelled extends IOException {

		Cancelled() {
			super("The upload was cancelled");
		}

	}

}
