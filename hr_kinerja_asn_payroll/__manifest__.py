{
    "name": "Kinerja ASN: Payroll (TPP on the payslip)",
    "summary": "The locked monthly tunjangan kinerja / TPP reaches the OCA payslip as inputs "
    "TPP_KINERJA and TPP_DISIPLIN, traceable to the predikat and the late arrivals",
    "version": "18.0.1.0.0",
    "category": "Payroll",
    "license": "LGPL-3",
    "author": "hr_kinerja_asn contributors",
    "website": "https://github.com/hr-kinerja-asn/hr_kinerja_asn",
    "depends": ["hr_kinerja_asn", "payroll"],
    "data": [
        "security/ir.model.access.csv",
        "security/rules.xml",
        "data/hr_kinerja_payroll_data.xml",
        "views/hr_payslip_views.xml",
        "views/res_config_settings_views.xml",
        "views/menus.xml",
    ],
    "demo": ["demo/hr_kinerja_payroll_demo.xml"],
    "installable": True,
}
