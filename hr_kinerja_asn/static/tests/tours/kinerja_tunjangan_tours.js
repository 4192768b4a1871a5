/**
 * Tunjangan kinerja / TPP in the browser (issue 13): the HR office computes October
 * from the menu, verifies and locks the staf's month; the pegawai reads how his
 * predikat made it. Menus by xml id, fields by name: any language passes.
 */
import { registry } from "@web/core/registry";

import { konfirmasi, masuk, menu } from "./kinerja_tour_utils";

const STAF_ROW = ".o_list_view .o_data_row td[name='employee_id']:contains('Staf')";

registry.category("web_tour.tours").add("hr_kinerja_asn_tunjangan_hr_tour", {
    steps: () => [
        ...masuk("uji_admin"),
        ...menu("menu_kinerja_tunjangan_root", "menu_kinerja_tunjangan_hitung"),
        {
            content: "October",
            trigger: ".modal .o_field_widget[name='bulan'] select",
            run: 'select "10"',
        },
        {
            content: "2026",
            trigger: ".modal .o_field_widget[name='tahun'] input",
            run: "edit 2026",
        },
        {
            content: "Compute",
            trigger: ".modal-footer button[name='action_confirm']",
            run: "click",
        },
        {
            content: "The month's records: open the staf's",
            trigger: STAF_ROW,
            run: "click",
        },
        {
            content: "The explanation names the predikat",
            trigger: ".o_form_view .o_field_widget[name='penjelasan']:contains('90 %')",
        },
        {
            content: "Verify",
            trigger: ".o_form_view button[name='action_verifikasi']",
            run: "click",
        },
        {
            content: "Lock",
            trigger: ".o_form_view button[name='action_kunci']",
            run: "click",
        },
        konfirmasi,
        {
            content: "Locked: nothing more to do",
            trigger: ".o_form_view .o_statusbar_status button.o_arrow_button_current[data-value='dikunci']",
        },
        {
            content: "No button acts on a locked month",
            trigger: ".o_form_view .o_form_statusbar:not(:has(button[name='action_hitung_ulang']))",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_tunjangan_pegawai_tour", {
    steps: () => [
        ...masuk("uji_pegawai"),
        ...menu("menu_kinerja_tunjangan_root", "menu_kinerja_tunjangan_mine"),
        {
            content: "His October, locked",
            trigger: ".o_list_view .o_data_row:has(td[name='state'] span:contains('Locked'), td[name='state'] span:contains('Dikunci'))",
        },
        {
            content: "Open it",
            trigger: ".o_list_view .o_data_row td[name='bulan_label']",
            run: "click",
        },
        {
            content: "He reads how the predikat made the amount",
            trigger: ".o_form_view .o_field_widget[name='penjelasan']:contains('4.109.626'), .o_form_view .o_field_widget[name='penjelasan']:contains('4,109,626')",
        },
        {
            content: "and the breakdown",
            trigger: ".o_form_view .o_notebook .nav-link[name='rincian'], .o_form_view .o_notebook a[name='rincian']",
            run: "click",
        },
        {
            content: "The performance line",
            trigger: ".o_field_widget[name='baris_ids'] .o_data_row td[name='jenis']",
        },
        {
            content: "He has no button to act on it",
            trigger: ".o_form_view:not(:has(button[name='action_verifikasi'])):not(:has(button[name='action_kunci']))",
        },
    ],
});
