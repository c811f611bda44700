package dev.launchdesk.insight.dashboard;

import static dev.launchdesk.insight.dashboard.DashboardTickets.RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** The KPI API, its exports and the before/after comparison: values, vendor scope, bad parameters, authorisation. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class KpiApiWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void tickets() {
        DashboardTickets.insert(jdbc);
    }

    @Test
    void answersKpiRowsPerGroupWithTheDefinitions() throws Exception {
        // ID: WEB-NCS-1, -2, -4: AHT (600 + 300 + 1,200) / 3 = 700 s = 11.667 min; FRT (120 + 600 + 60) / 3 = 260 s
        // = 4.333 min; first-response SLA 2 / 3; 3 tickets per 1,000 orders; TH: never answered, so FRT undefined (null)
        mvc.perform(get("/api/v1/insights/kpis?" + RANGE + "&granularity=total&groupBy=market").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2019-04-01"))
                .andExpect(jsonPath("$.granularity").value("total"))
                .andExpect(jsonPath("$.rows[*].dimensions.market", contains("ID", "MY", "TH")))
                .andExpect(jsonPath("$.rows[0].period").value(nullValue()))
                .andExpect(jsonPath("$.rows[0].tickets").value(3))
                .andExpect(jsonPath("$.rows[0].values.volume").value(3.0))
                .andExpect(jsonPath("$.rows[0].values.aht").value(org.hamcrest.Matchers.closeTo(11.6667, 1e-3)))
                .andExpect(jsonPath("$.rows[0].values.frt").value(org.hamcrest.Matchers.closeTo(4.3333, 1e-3)))
                .andExpect(jsonPath("$.rows[0].values['contact-rate']").value(3.0))
                .andExpect(jsonPath("$.rows[2].values.frt").value(nullValue()))
                .andExpect(jsonPath("$.kpis.length()").value(10))
                .andExpect(jsonPath("$.kpis[?(@.name == 'csat')].higherIsBetter").value(true))
                .andExpect(jsonPath("$.kpis[?(@.name == 'aht')].unit").value("minutes"));
    }

    @Test
    void foldsWeeksFiltersAndNarrowsTheKpis() throws Exception {
        mvc.perform(get("/api/v1/insights/kpis?" + RANGE + "&granularity=week&market=ID&market=MY&kpi=volume,aht")
                        .with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].period", contains("2019-04-01", "2019-04-08")))
                .andExpect(jsonPath("$.rows[*].tickets", contains(3, 1)))
                .andExpect(jsonPath("$.filters.market", contains("ID", "MY")))
                .andExpect(jsonPath("$.kpis[*].name", contains("volume", "aht")))
                .andExpect(jsonPath("$.rows[0].values.csat").doesNotExist());
    }

    @Test
    void defaultsToTheFourWeeksBeforeTheEnd() throws Exception {
        mvc.perform(get("/api/v1/insights/kpis?to=2019-04-14&granularity=total").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2019-03-18"))
                .andExpect(jsonPath("$.to").value("2019-04-14"));
    }

    @Test
    void aVendorLeadOnlyCountsItsOwnVendorsTickets() throws Exception {
        mvc.perform(get("/api/v1/insights/kpis?" + RANGE + "&granularity=total&groupBy=vendor,market").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].dimensions.vendor", contains("NCS", "NCS")))
                .andExpect(jsonPath("$.rows[*].dimensions.market", contains("ID", "MY")));
        mvc.perform(get("/api/v1/insights/kpis?" + RANGE + "&vendor=LUMEN").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(0));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "granularity=hour|granularity", "groupBy=market,planet|groupBy", "kpi=speed|kpi", "from=2019-02-30|from",
            "to=yesterday|to", "from=2019-04-10&to=2019-04-01|to", "from=2000-01-01&to=2019-01-01|to"})
    void badParametersAnswer400NamingTheParameter(String query, String field) throws Exception {
        for (String path : List.of("/api/v1/insights/kpis?", "/api/v1/insights/kpis/export?", "/api/v1/tickets?")) {
            if (path.startsWith("/api/v1/tickets") && !List.of("from", "to").contains(field)) {
                continue;
            }
            mvc.perform(get(path + query).with(httpBasic("analyst", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(field));
        }
    }

    @Test
    void exportsTheRowsAsCsv() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/insights/kpis/export?format=csv&" + RANGE + "&granularity=total&groupBy=market")
                        .with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("kpis-2019-04-01-2019-04-14.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 byte-order mark, so Excel reads the file as UTF-8").startsWith("\uFEFF");
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text.substring(1)).stream().toList();
        assertThat(records.get(0).getFields()).startsWith("period", "period_end", "market", "tickets", "volume", "contact-rate", "aht");
        assertThat(records).hasSize(4);
        CsvRecord id = records.get(1);
        assertThat(id.getFields()).startsWith("2019-04-01", "2019-04-14", "ID", "3", "3", "3", "11.666667");
        int frt = records.get(0).getFields().indexOf("frt");
        assertThat(records.get(3).getField(2)).isEqualTo("TH");
        assertThat(records.get(3).getField(frt)).isEmpty();
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralisedAndThaiSurvives() throws Exception {
        new dev.launchdesk.insight.TicketFixtures(jdbc).insert(
                dev.launchdesk.insight.TicketFixtures.ticket("WEB-CSV-1", DashboardTickets.APR_1, "TH", "LUMEN", "BKK-1", "chat",
                        "=HYPERLINK(\"http://evil.example\",\"x\")").handled(60),
                dev.launchdesk.insight.TicketFixtures.ticket("WEB-CSV-2", DashboardTickets.APR_1, "TH", "LUMEN", "BKK-1", "chat",
                        "@SUM(1+1)").handled(60),
                dev.launchdesk.insight.TicketFixtures.ticket("WEB-CSV-3", DashboardTickets.APR_1, "TH", "LUMEN", "BKK-1", "chat",
                        "คืนเงิน").handled(60));
        byte[] csv = mvc.perform(get("/api/v1/insights/kpis/export?format=csv&" + RANGE + "&granularity=total&groupBy=category&kpi=volume")
                        .with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> categories = CsvReader.builder().ofCsvRecord(text).stream().skip(1).map(r -> r.getField(2)).toList();
        assertThat(categories).contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(1+1)", "คืนเงิน", "Refund");
        assertThat(text).doesNotContain(",=HYPERLINK", ",@SUM");
    }

    @Test
    void exportsTheRowsAsAnExcelWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/insights/kpis/export?format=xlsx&" + RANGE + "&granularity=week&kpi=volume&kpi=aht")
                        .with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", KpiExport.XLSX.toString()))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet kpis = workbook.getSheet("KPIs");
            assertThat(kpis.getRow(0).getCell(2).getStringCellValue()).isEqualTo("tickets");
            assertThat(kpis.getRow(0).getCell(4).getStringCellValue()).isEqualTo("aht");
            Row firstWeek = kpis.getRow(1);
            for (int column : new int[] {0, 1}) {
                Cell period = firstWeek.getCell(column);
                assertThat(period.getCellType()).as("period column %d is a number (an Excel date), not text", column).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(period)).isTrue();
                assertThat(period.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            }
            assertThat(firstWeek.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 4, 1));
            assertThat(firstWeek.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 4, 7));
            assertThat(new DataFormatter().formatCellValue(firstWeek.getCell(1))).isEqualTo("2019-04-07");
            assertThat(firstWeek.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(firstWeek.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            // week of Apr 1: WEB-NCS-1..3 and WEB-LUMEN-1, (600 + 300 + 900 + 480) / 4 = 570 s = 9.5 min
            assertThat(firstWeek.getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(firstWeek.getCell(4).getNumericCellValue()).isEqualTo(9.5);
            assertThat(kpis.getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("Definitions").getRow(2).getCell(0).getStringCellValue()).isEqualTo("aht");
        }
    }

    @Test
    void anUnknownExportFormatIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/insights/kpis/export?format=pdf").with(httpBasic("analyst", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void comparesTheDaysBeforeADateWithTheDaysFromItOn() throws Exception {
        // before Apr 1–7 in ID: WEB-NCS-1 and -2, AHT 450 s = 7.5 min; from Apr 8 on: WEB-NCS-4, AHT 20 min (worse)
        mvc.perform(get("/api/v1/insights/kpis/compare?around=2019-04-08&days=7&market=ID").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beforeFrom").value("2019-04-01"))
                .andExpect(jsonPath("$.afterTo").value("2019-04-14"))
                .andExpect(jsonPath("$.ticketsBefore").value(2))
                .andExpect(jsonPath("$.ticketsAfter").value(1))
                .andExpect(jsonPath("$.kpis[?(@.kpi.name == 'aht')].before").value(7.5))
                .andExpect(jsonPath("$.kpis[?(@.kpi.name == 'aht')].after").value(20.0))
                .andExpect(jsonPath("$.kpis[?(@.kpi.name == 'aht')].verdict").value("bad"))
                .andExpect(jsonPath("$.kpis[?(@.kpi.name == 'sla-first-response')].verdict").value("good"))
                .andExpect(jsonPath("$.trendDays.length()").value(14))
                .andExpect(jsonPath("$.trend.volume[0]").value(2.0))
                .andExpect(jsonPath("$.trend.volume[1]").value(nullValue()));
    }

    @Test
    void findsALaunchsGoLiveAndAnSopVersionSeenOnlyInTickets() throws Exception {
        mvc.perform(get("/api/v1/insights/kpis/compare?launchKey=WEB-LAUNCH&days=7").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.around").value("2019-04-08"))
                .andExpect(jsonPath("$.basis").value("launch"));
        // version 7 was never published in the SOP library: the first day tickets carry it
        mvc.perform(get("/api/v1/insights/kpis/compare?sopVersion=SPS-RFD-001 v7").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.around").value("2019-04-08"))
                .andExpect(jsonPath("$.days").value(14));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"days=7|around", "around=2019-04-08&launchKey=WEB-LAUNCH|around", "around=2019-04-31|around",
            "around=2019-04-08&days=0|days", "around=2019-04-08&days=x|days", "launchKey=NO-SUCH-LAUNCH|launchKey",
            "sopVersion=SPS-RFD-001|sopVersion", "sopVersion=NO-SUCH-SOP v1|sopVersion", "around=2019-04-08&kpi=x|kpi"})
    void badComparisonsAnswer400NamingTheParameter(String example) throws Exception {
        String[] parts = example.split("\\|");
        mvc.perform(get("/api/v1/insights/kpis/compare?" + parts[0]).with(httpBasic("analyst", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(parts[1]));
    }

    @Test
    void aVendorLeadCannotFindAnotherVendorsLaunch() throws Exception {
        mvc.perform(get("/api/v1/insights/kpis/compare?around=2019-04-03&days=1").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ticketsAfter").value(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/insights/kpis", "/api/v1/insights/kpis/export?format=csv",
            "/api/v1/insights/kpis/compare?around=2019-04-08", "/api/v1/tickets", "/api/v1/tickets/WEB-NCS-1"})
    void agentsGet403AndStrangers401(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
        for (String reader : List.of("admin", "gtm", "sopeditor", "trainer", "vendorlead", "analyst", "viewer")) {
            mvc.perform(get(path).with(httpBasic(reader, "demo"))).andExpect(status().isOk());
        }
    }

    @Test
    void listsTicketsNewestFirstInTheReadersScope() throws Exception {
        mvc.perform(get("/api/v1/tickets?" + RANGE).with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[0].id").value("WEB-NCS-4"))
                .andExpect(jsonPath("$.items[0].sop").value("SPS-RFD-001 v7"))
                .andExpect(jsonPath("$.items[0].firstResponseSeconds").value(60));
        mvc.perform(get("/api/v1/tickets?" + RANGE + "&size=2&page=1").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder("WEB-NCS-1", "WEB-NCS-2")));
        mvc.perform(get("/api/v1/tickets?" + RANGE + "&market=TH").with(httpBasic("vendorlead", "demo")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anotherVendorsTicketIsNotFoundForAVendorLead() throws Exception {
        mvc.perform(get("/api/v1/tickets/WEB-LUMEN-1").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vendor").value("LUMEN"))
                .andExpect(jsonPath("$.resolved").value(false));
        mvc.perform(get("/api/v1/tickets/WEB-LUMEN-1").with(httpBasic("vendorlead", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tickets/WEB-NCS-1").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolutionSeconds").value(3600));
        mvc.perform(get("/api/v1/tickets/NO-SUCH-TICKET").with(httpBasic("analyst", "demo"))).andExpect(status().isNotFound());
    }
}
