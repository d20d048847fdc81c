// Writes java_doubles.csv as Java programs write doubles into CSV: with
// String.valueOf(double), which is Double.toString, so that values from
// 10^7 up are written in scientific notation without the exponent's sign
// (1.5E7), and those under 10^-3 with a signed one (2.5E-4). Store holds
// codes that look like such numbers (1E5), written as text.
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

public class MakeJavaDoubles {
    public static void main(String[] args) throws Exception {
        String[] months = {"2026-01", "2026-02", "2026-03", "2026-04"};
        String[] stores = {"1E5", "3E2", "1E5", "7E1"};
        double[] visitors = {1.5e7, 12345.5, 2.0e7, 987654321.0};
        double[] revenue = {1.234567891e9, 2.5e-4, 100.0, -3.25e10};
        try (PrintWriter w = new PrintWriter("java_doubles.csv", StandardCharsets.UTF_8)) {
            w.print("Month,Store,Visitors,Revenue\r\n");
            for (int i = 0; i < months.length; i++) {
                w.print(months[i] + "," + stores[i] + "," + String.valueOf(visitors[i]) + "," + String.valueOf(revenue[i]) + "\r\n");
            }
        }
    }
}
