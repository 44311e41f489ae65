// Runs Debian's epubcheck over many EPUBs in one Java process (a JVM start per file would cost far
// more than the checks themselves). Arguments: pairs of an EPUB and the JSON report to write for it,
// the report epubcheck's own --json option writes. Run by tests/support/epubcheck.ts with Java's
// source launcher: java -cp /usr/bin/epubcheck EpubcheckBatch.java a.epub a.json b.epub b.json
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.reporting.CheckingReport;
import java.io.File;

public class EpubcheckBatch {
  public static void main(String[] args) {
    for (int i = 0; i + 1 < args.length; i += 2) {
      CheckingReport report = new CheckingReport(args[i], args[i + 1]);
      report.initialize();
      new EpubCheck(new File(args[i]), report).doValidate();
      report.generate();
    }
  }
}
