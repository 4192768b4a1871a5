/** The SKP in the browser: the pegawai drafts and submits; the PPK sets it from the team screen. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("hr_kinerja_asn_skp_pegawai_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_skp_action_mine",
    steps: () => [
        {
            content: "Open my draft SKP",
            trigger: ".o_list_view .o_data_row td[name='name']",
            run: "click",
        },
        {
            content: "Add a work result plan",
            trigger: "div[name='rhk_ids'] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Describe the RHK",
            trigger: ".modal div[name='name'] textarea",
            run: "edit Aplikasi perizinan daring tersedia dan andal",
        },
        {
            content: "Add an indicator",
            trigger: ".modal div[name='indikator_ids'] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Name the indicator",
            trigger: ".modal div[name='indikator_ids'] .o_selected_row td[name='name'] textarea",
            run: "edit Jumlah modul aplikasi yang selesai",
        },
        {
            content: "Minimum target",
            trigger: ".modal div[name='indikator_ids'] .o_selected_row td[name='target_min'] input",
            run: "edit 3",
        },
        {
            content: "Maximum target",
            trigger: ".modal div[name='indikator_ids'] .o_selected_row td[name='target_max'] input",
            run: "edit 4",
        },
        {
            content: "Unit",
            trigger: ".modal div[name='indikator_ids'] .o_selected_row td[name='satuan'] input",
            run: "edit modul",
        },
        {
            content: "Save the RHK",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The RHK is on the SKP",
            trigger: "div[name='rhk_ids'] .o_data_row td[name='name']:contains('Aplikasi perizinan')",
        },
        {
            content: "Submit to the appraiser",
            trigger: "button[name='action_ajukan']",
            run: "click",
        },
        {
            content: "Confirm the electronic signature",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Submitted",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='diajukan']",
        },
    ],
});

registry.category("web_tour.tours").add("hr_kinerja_asn_skp_penilai_tour", {
    url: "/odoo/action-hr_kinerja_asn.hr_kinerja_skp_action_team",
    steps: () => [
        {
            content: "The team screen opens on the kanban, the submitted SKP waiting",
            trigger: ".o_kanban_view .o_kanban_record:contains('Staf')",
        },
        {
            content: "Switch to the list",
            trigger: ".o_switch_view.o_list",
            run: "click",
        },
        {
            content: "Select the submitted SKP",
            trigger: ".o_data_row:contains('Staf') .o_list_record_selector input",
            run: "click",
        },
        {
            content: "Open the Actions menu of the selection",
            trigger: ".o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            content: "Set SKP",
            trigger:
                ".o-dropdown--menu .o-dropdown-item:contains('Set SKP'), .o-dropdown--menu .o-dropdown-item:contains('Tetapkan SKP')",
            run: "click",
        },
        {
            content: "The SKP is set (green status badge)",
            trigger: ".o_data_row:contains('Staf') td[name='state'] .text-bg-success",
        },
    ],
});
