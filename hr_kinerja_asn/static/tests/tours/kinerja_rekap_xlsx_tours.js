/**
 * The HR office exports the SKPs it sees from the list's Print menu as a spreadsheet,
 * then opens the employee import from the menu and downloads its template.
 */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("hr_kinerja_asn_rekap_xlsx_tour", {
    steps: () => [
        {
            content: "The list of every SKP shows the staf's",
            trigger: ".o_list_view .o_data_row td:contains('Staf')",
        },
        {
            content: "Select every SKP of the list",
            trigger: ".o_list_view thead .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Open the Print menu",
            trigger: ".o_cp_action_menus button:has(.fa-print)",
            run: "click",
        },
        {
            // the only spreadsheet among the SKP's prints, in either language
            content: "Export the SKP recap by unit",
            trigger: ".o-dropdown--menu .dropdown-item:contains('(Excel)')",
            run: "click",
        },
        {
            content: "The download is over: the screen is free again, with no error",
            trigger: "body:not(:has(.o_blockUI)):not(:has(.o_error_dialog)) .o_list_view",
        },
        {
            content: "Open the configuration menu",
            trigger: ".o_menu_sections button[data-menu-xmlid='hr_kinerja_asn.menu_kinerja_config']",
            run: "click",
        },
        {
            content: "Import ASN employees",
            trigger: ".o-dropdown--menu [data-menu-xmlid='hr_kinerja_asn.menu_kinerja_impor_pegawai']",
            run: "click",
        },
        {
            content: "Download the template",
            trigger: ".modal button[name='action_unduh_template']",
            run: "click",
        },
        {
            content: "The dialog stays, ready for the file",
            trigger: ".modal .o_field_widget[name='file']",
        },
    ],
});
