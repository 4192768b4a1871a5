/**
 * Steps every Kinerja ASN tour shares: logging in from the login page, the menus by
 * xml id and the home cards by code (never by label: the test users may read either
 * language), confirmations, a row rated in place, a file attached to a binary field.
 */

export function masuk(login) {
    return [
        { content: "The login page", trigger: "input#login", run: `edit ${login}` },
        { content: "Password", trigger: "input#password", run: `edit ${login}` },
        {
            content: "Log in",
            trigger: ".oe_login_form button[type='submit']",
            run: "click",
        },
        {
            content: "The performance home is the first screen",
            trigger: ".o_kinerja_beranda h2",
        },
    ];
}

export function menu(section, item) {
    return [
        {
            content: `Menu ${section}`,
            trigger: `.o_main_navbar .o_menu_sections button[data-menu-xmlid='hr_kinerja_asn.${section}']`,
            run: "click",
        },
        {
            content: `Menu ${section} › ${item}`,
            trigger: `.o-dropdown--menu .dropdown-item[data-menu-xmlid='hr_kinerja_asn.${item}']`,
            run: "click",
        },
    ];
}

export function beranda() {
    return {
        content: "Back home",
        trigger: ".o_main_navbar .o_menu_sections [data-menu-xmlid='hr_kinerja_asn.menu_kinerja_beranda']",
        run: "click",
    };
}

export function kartu(kode) {
    return {
        content: `The home card ${kode}`,
        trigger: `.o_kinerja_beranda .o_kinerja_kartu[data-kartu='${kode}']`,
        run: "click",
    };
}

export const konfirmasi = {
    content: "Confirm",
    trigger: ".modal-footer .btn-primary",
    run: "click",
};

/** A row of an editable one2many rated in place: [employee, hasil kerja, perilaku]. */
export function nilaiBaris([name, hasil, perilaku]) {
    const row = `.o_field_widget[name='evaluasi_ids'] .o_data_row:contains('${name}')`;
    return [
        {
            content: `Select ${name}'s row`,
            trigger: `${row} td[name='rating_hasil_kerja']`,
            run: "click",
        },
        {
            content: `Work result rating of ${name}`,
            trigger: `${row}.o_selected_row td[name='rating_hasil_kerja'] select`,
            run: `select "${hasil}"`,
        },
        {
            content: `Behaviour rating of ${name}`,
            trigger: `${row}.o_selected_row td[name='rating_perilaku'] select`,
            run: `select "${perilaku}"`,
        },
    ];
}

/** Attach a small PDF to the many2many_binary field ``field`` of the form. */
export function unggah(field, filename) {
    return [
        {
            content: `Attach ${filename}`,
            trigger: `div[name='${field}']`,
            run() {
                const input = document.querySelector(`div[name='${field}'] input[type='file']`);
                const file = new File(["%PDF-1.4 bukti"], filename, { type: "application/pdf" });
                const transfer = new DataTransfer();
                transfer.items.add(file);
                input.files = transfer.files;
                input.dispatchEvent(new Event("change", { bubbles: true }));
            },
        },
        {
            content: `${filename} is attached`,
            trigger: `div[name='${field}'] .o_attachment:contains('${filename.split(".")[0]}')`,
        },
    ];
}

/** The dialog's evaluation period (a many2one offering the year's periods), confirmed. */
export function pilihPeriode(nama) {
    return [
        {
            content: `Look for ${nama}`,
            trigger: ".modal div[name='periode_evaluasi_id'] input",
            run: `edit ${nama.split(" ")[0]}`,
        },
        {
            content: `Choose ${nama}`,
            trigger: `.o-autocomplete--dropdown-item:contains('${nama}')`,
            run: "click",
        },
        {
            content: "Confirm the dialog",
            trigger: ".modal button[name='action_confirm']",
            run: "click",
        },
    ];
}
